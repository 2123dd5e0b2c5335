using LlmWatch.Core.Alarms;
using LlmWatch.Core.Alarms.Definitions;

namespace LlmWatch.Core.Alarms.Evaluation;

/// <summary>CloudWatch's "M out of N" decision with TreatMissingData, for one evaluation.</summary>
public static class MissingDataRule
{
    /// <param name="datapoints">The last N periods, oldest first: true breaching, false not, null missing.</param>
    public static AlarmState Decide(IReadOnlyList<bool?> datapoints, int datapointsToAlarm, MissingDataTreatment treatment, AlarmState current)
    {
        int breaching = 0, present = 0;
        foreach (var d in datapoints)
        {
            var value = d ?? treatment switch
            {
                MissingDataTreatment.Breaching => true,
                MissingDataTreatment.NotBreaching => false,
                _ => (bool?)null,
            };
            if (value is null) continue;
            present++;
            if (value.Value) breaching++;
        }
        if (breaching >= datapointsToAlarm) return AlarmState.Alarm;
        if (present > 0) return AlarmState.Ok;
        return treatment == MissingDataTreatment.Ignore ? current : AlarmState.InsufficientData;
    }
}
