using System.Text;
using LlmWatch.Core.OnCall.Ack;

namespace LlmWatch.Core.Tests.OnCall.Ack;

public class AckTokensTests
{
    private readonly AckTokens _tokens = new(Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef"));

    [Fact]
    public void Token_verifies_for_its_incident_and_tells_the_tier()
    {
        var token = _tokens.Create("INC1", 2);
        Assert.Equal(2, _tokens.Verify("INC1", token, 4));
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
    }

    [Theory]
    [InlineData("INC2")]
    [InlineData("INC1x")]
    public void Token_of_another_incident_is_rejected(string incident)
    {
        Assert.Null(_tokens.Verify(incident, _tokens.Create("INC1", 0), 4));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void Malformed_tokens_are_rejected(string? token)
    {
        Assert.Null(_tokens.Verify("INC1", token, 4));
    }

    [Fact]
    public void Different_secret_gives_different_tokens()
    {
        var other = new AckTokens(Encoding.UTF8.GetBytes("fedcba9876543210fedcba9876543210"));
        Assert.Null(other.Verify("INC1", _tokens.Create("INC1", 0), 4));
        Assert.Throws<ArgumentException>(() => new AckTokens("short"u8));
    }
}
