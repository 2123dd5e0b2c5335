using LlmWatch.Aws.DynamoDb;
using LlmWatch.Core.OnCall.Escalation;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.DynamoDb;

public class DynamoDbIncidentStoreTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Incident NewIncident(string time = "2025-03-04T10:15:42.587+0000") => new()
    {
        AlarmArn = "arn:aws:cloudwatch:us-east-1:123456789012:alarm:checkout-api-errors",
        StateChangeTime = time,
        AlarmName = "checkout-api-errors",
        OpenedAt = new DateTimeOffset(2025, 3, 4, 10, 15, 43, TimeSpan.Zero),
        AlarmMessage = "{\"AlarmName\":\"checkout-api-errors\"}",
        ExpiresAt = 1743675343,
    };

    [Fact]
    public async Task Create_is_conditional_so_a_duplicate_delivery_makes_one_incident()
    {
        using var aws = new MotoOnCall(moto);
        var store = new DynamoDbIncidentStore(aws.Dynamo, await aws.CreateIncidentTableAsync(Ct));

        Assert.True(await store.TryCreateAsync(NewIncident(), Ct));
        Assert.False(await store.TryCreateAsync(NewIncident() with { AlarmName = "second" }, Ct));

        var stored = await store.GetAsync(NewIncident().AlarmArn, NewIncident().StateChangeTime, Ct);
        Assert.NotNull(stored);
        Assert.Equal(NewIncident(), stored with { PagedTiers = [], UsedAckTokens = [] });
        Assert.Empty(stored.PagedTiers);
    }

    [Fact]
    public async Task Update_checks_the_version_and_round_trips_every_field()
    {
        using var aws = new MotoOnCall(moto);
        var store = new DynamoDbIncidentStore(aws.Dynamo, await aws.CreateIncidentTableAsync(Ct));
        var incident = NewIncident();
        await store.TryCreateAsync(incident, Ct);

        var acked = incident with
        {
            Status = IncidentStatus.Acknowledged,
            PagedTiers = [0, 1],
            AckedBy = "bob",
            AckedAt = incident.OpenedAt.AddMinutes(16),
            LastPagedAt = incident.OpenedAt.AddMinutes(15),
            UsedAckTokens = ["tier-1"],
            EvidenceJson = "{}",
            Version = 2,
        };
        Assert.True(await store.TryUpdateAsync(acked, 1, Ct));
        Assert.False(await store.TryUpdateAsync(acked with { AckedBy = "late", Version = 2 }, 1, Ct));

        var stored = await store.GetAsync(incident.AlarmArn, incident.StateChangeTime, Ct);
        Assert.NotNull(stored);
        Assert.Equal(acked with { PagedTiers = [], UsedAckTokens = [] }, stored with { PagedTiers = [], UsedAckTokens = [] });
        Assert.Equal([0, 1], stored.PagedTiers);
        Assert.Equal(["tier-1"], stored.UsedAckTokens);
    }

    [Fact]
    public async Task Latest_incident_of_an_alarm_is_found_by_state_change_time()
    {
        using var aws = new MotoOnCall(moto);
        var store = new DynamoDbIncidentStore(aws.Dynamo, await aws.CreateIncidentTableAsync(Ct));
        await store.TryCreateAsync(NewIncident("2025-03-04T10:15:42.587+0000"), Ct);
        await store.TryCreateAsync(NewIncident("2025-03-05T08:00:00.000+0000"), Ct);

        var latest = await store.FindLatestAsync(NewIncident().AlarmArn, Ct);
        Assert.Equal("2025-03-05T08:00:00.000+0000", latest?.StateChangeTime);
        Assert.Null(await store.FindLatestAsync("arn:aws:cloudwatch:us-east-1:1:alarm:none", Ct));
        Assert.Null(await store.GetAsync(NewIncident().AlarmArn, "2020-01-01T00:00:00.000+0000", Ct));
    }
}
