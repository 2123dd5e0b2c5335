namespace LlmWatch.Core.Alarms.Definitions;

/// <summary>How many copies of an alarm the template creates.</summary>
public enum AlarmScope
{
    /// <summary>One alarm for the whole stack.</summary>
    Global,
    /// <summary>One alarm per model id in the <c>ModelIds</c> parameter (Fn::ForEach).</summary>
    PerModel,
    /// <summary>One alarm per inference component in <c>SageMakerInferenceComponentNames</c> (Fn::ForEach).</summary>
    PerInferenceComponent,
}
