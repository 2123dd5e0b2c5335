using System.Globalization;
using System.Text;

namespace LlmWatch.Core.OnCall.Schedules;

/// <summary>
/// A rotation's <c>length</c>: an ISO-8601 duration of weeks, days, hours, minutes and seconds (<c>P1W</c>,
/// <c>P1D</c>, <c>PT12H</c>, <c>P1DT12H</c>, <c>P1W2D</c>). It is measured on the schedule's local wall clock, so
/// <c>P1D</c> and <c>PT24H</c> mean the same thing: the n-th handoff is at <c>start + n × length</c> in local time
/// (see <see cref="WallClock"/> for times that do not exist or happen twice). Years and months are refused:
/// their length depends on the month, and no rotation needs them.
/// </summary>
public readonly record struct ShiftLength(TimeSpan Local)
{
    /// <summary>
    /// The shortest length accepted. Shorter turns are not an on-call rotation (PagerDuty's shortest turn is an hour
    /// too), and they would flood the incoming person with handoff notices.
    /// </summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromHours(1);

    public static bool TryParse(string text, out ShiftLength length, out string problem)
    {
        length = default;
        problem = "";
        var s = text.Trim();
        if (s.Length < 3 || (s[0] != 'P' && s[0] != 'p'))
        {
            problem = $"\"{text}\" is not an ISO-8601 duration (expected e.g. P1W, P1D, PT12H, P1DT12H)";
            return false;
        }
        var total = TimeSpan.Zero;
        var inTime = false;
        var sawUnit = false;
        var order = 0; // units must come in the order W D T H M S
        var i = 1;
        while (i < s.Length)
        {
            var c = char.ToUpperInvariant(s[i]);
            if (c == 'T')
            {
                if (inTime || i == s.Length - 1)
                    return Bad(text, out problem);
                inTime = true;
                i++;
                continue;
            }
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
                i++;
            if (i == start || i == s.Length || i - start > 6)
                return Bad(text, out problem);
            var n = int.Parse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
            var unit = char.ToUpperInvariant(s[i]);
            i++;
            (int rank, TimeSpan size) = (inTime, unit) switch
            {
                (false, 'W') => (1, TimeSpan.FromDays(7)),
                (false, 'D') => (2, TimeSpan.FromDays(1)),
                (true, 'H') => (3, TimeSpan.FromHours(1)),
                (true, 'M') => (4, TimeSpan.FromMinutes(1)),
                (true, 'S') => (5, TimeSpan.FromSeconds(1)),
                (false, 'Y' or 'M') => (-1, TimeSpan.Zero),
                _ => (0, TimeSpan.Zero),
            };
            if (rank == -1)
            {
                problem = $"\"{text}\": years and months are not supported (their length varies); use weeks or days";
                return false;
            }
            if (rank <= order)
                return Bad(text, out problem);
            order = rank;
            total += size * n;
            sawUnit = true;
        }
        if (!sawUnit)
            return Bad(text, out problem);
        if (total < Minimum)
        {
            problem = $"\"{text}\" is shorter than one hour";
            return false;
        }
        if (total > TimeSpan.FromDays(366))
        {
            problem = $"\"{text}\" is longer than a year";
            return false;
        }
        length = new ShiftLength(total);
        return true;
    }

    /// <summary>The canonical ISO-8601 text: weeks when whole, then days and a time part.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder("P");
        var days = Local.Days;
        if (days % 7 == 0 && days > 0 && Local.Ticks % TimeSpan.TicksPerDay == 0)
            return sb.Append(days / 7).Append('W').ToString();
        if (days > 0)
            sb.Append(days).Append('D');
        if (Local.Hours != 0 || Local.Minutes != 0 || Local.Seconds != 0)
        {
            sb.Append('T');
            if (Local.Hours != 0)
                sb.Append(Local.Hours).Append('H');
            if (Local.Minutes != 0)
                sb.Append(Local.Minutes).Append('M');
            if (Local.Seconds != 0)
                sb.Append(Local.Seconds).Append('S');
        }
        return sb.ToString();
    }

    private static bool Bad(string text, out string problem)
    {
        problem = $"\"{text}\" is not an ISO-8601 duration (expected e.g. P1W, P1D, PT12H, P1DT12H)";
        return false;
    }
}
