using LlmWatch.TestKit;
using LlmWatch.TestKit.Processes;

namespace LlmWatch.Cli.Tests.Commands;

/// <summary>
/// The Lambda runtime (provided.al2023) has no tzdata, so the artifact carries a copy of the zone database and the
/// functions set TZDIR to it. These tests run the real CLI in a child process (TimeZoneInfo caches zones, so TZDIR
/// must be set before the process starts) to prove that .NET reads zones from TZDIR and from the packaged copy.
/// </summary>
public sealed class ZoneinfoPackagingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("llmwatch-zoneinfo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task TimeZoneInfo_reads_zones_from_TZDIR_and_only_from_there()
    {
        var folder = Path.Combine(_dir, "only-berlin");
        Directory.CreateDirectory(Path.Combine(folder, "Europe"));
        File.Copy("/usr/share/zoneinfo/Europe/Berlin", Path.Combine(folder, "Europe", "Berlin"));
        var newYork = NewYorkSchedule();

        var berlin = await ValidateAsync(RepoFiles.Event("oncall-schedule.json"), folder);
        var missing = await ValidateAsync(newYork, folder);
        var system = await ValidateAsync(newYork, tzdir: null);

        Assert.True(berlin.ExitCode == 0, berlin.Combined);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("$.timeZone: unknown time zone \"America/New_York\"", missing.StandardError);
        Assert.True(system.ExitCode == 0, system.Combined); // the same file is fine with the system database
    }

    [Fact]
    public async Task The_packaged_zone_database_resolves_every_zone_and_holds_plain_files_only()
    {
        var dest = Path.Combine(_dir, "artifact", "zoneinfo");

        var package = await ProcessRunner.RunAsync("sh", [RepoFiles.Path("eng", "package-zoneinfo.sh"), dest], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(package.ExitCode == 0, package.Combined);
        Assert.True(File.Exists(Path.Combine(dest, "America", "New_York")));
        Assert.False(Directory.Exists(Path.Combine(dest, "posix")));
        Assert.False(Directory.Exists(Path.Combine(dest, "right")));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(dest, "*", SearchOption.AllDirectories), p => new FileInfo(p).LinkTarget is not null);
        var run = await ProcessRunner.RunAsync("dotnet",
            [CliDll, "oncall", "who", "--schedule", NewYorkSchedule(), "--at", "2027-03-14T12:00Z", "--json"],
            environment: new Dictionary<string, string?> { ["TZDIR"] = dest },
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, run.Combined);
        Assert.Contains("{\"tier\":0,\"person\":\"a\"}", run.StandardOutput);
    }

    [Fact]
    public void The_template_points_every_function_at_the_packaged_database()
    {
        var template = File.ReadAllText(RepoFiles.Path("serverless.template"));
        using var doc = System.Text.Json.JsonDocument.Parse(template);
        var tzdir = doc.RootElement.GetProperty("Globals").GetProperty("Function").GetProperty("Environment").GetProperty("Variables").GetProperty("TZDIR");
        Assert.Equal("/var/task/zoneinfo", tzdir.GetString());
        Assert.Contains("eng/package-zoneinfo.sh $(ARTIFACTS_DIR)/zoneinfo", File.ReadAllText(RepoFiles.Path("Makefile")));
    }

    private static string CliDll => typeof(CliApp).Assembly.Location;

    private string NewYorkSchedule()
    {
        var file = Path.Combine(_dir, "new-york.json");
        File.WriteAllText(file, """
            {"timeZone": "America/New_York", "people": {"a": {"email": "a@example.com"}, "b": {"email": "b@example.com"}},
             "rotations": [{"tier": 0, "people": ["a", "b"], "start": "2027-03-10T08:00", "length": "P1D"}]}
            """);
        return file;
    }

    private static Task<ProcessResult> ValidateAsync(string schedule, string? tzdir) =>
        ProcessRunner.RunAsync("dotnet", [CliDll, "oncall", "validate", schedule],
            environment: new Dictionary<string, string?> { ["TZDIR"] = tzdir },
            cancellationToken: TestContext.Current.CancellationToken);
}
