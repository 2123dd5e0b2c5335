namespace LlmWatch.Core.OnCall.Schedules;

public static partial class ScheduleReader
{
    /// <summary>What the file said, with the paths needed for the checks that span sections.</summary>
    private sealed class Draft
    {
        public bool ZoneSeen { get; set; }

        public bool PeopleSeen { get; set; }

        public string? ZoneId { get; set; }

        public Dictionary<string, SchedulePerson> People { get; } = new(StringComparer.Ordinal);

        public List<RotationDraft> Rotations { get; } = [];

        public List<OverrideDraft> Overrides { get; } = [];

        public List<MaintenanceWindow> Windows { get; } = [];
    }

    /// <summary>A rotation as read; <see cref="Rotation"/> is null when a field was missing or invalid.</summary>
    private sealed record RotationDraft(string Path, int? Tier, List<(string Id, string Path)> People, Rotation? Rotation);

    /// <summary>An override as read; its times are resolved once the zone is known (local times need it).</summary>
    private sealed record OverrideDraft(string Path, int? Tier, string? Person, string? PersonPath, string? From, string? To);
}
