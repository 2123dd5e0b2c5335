using LlmWatch.Aws.Configuration;

namespace LlmWatch.Aws.Tests.Configuration;

public class AwsConfigurationTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Reads_region_and_endpoint_override()
    {
        var settings = AwsConfiguration.Load(Env(("AWS_REGION", "eu-west-1"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:5000")));

        Assert.Equal(new AwsSettings("eu-west-1", new Uri("http://127.0.0.1:5000")), settings);
    }

    [Fact]
    public void Falls_back_to_AWS_DEFAULT_REGION_and_has_no_override_by_default()
    {
        var settings = AwsConfiguration.Load(Env(("AWS_DEFAULT_REGION", "us-west-2")));

        Assert.Equal(new AwsSettings("us-west-2"), settings);
    }

    [Fact]
    public void Missing_region_is_an_error_naming_AWS_REGION()
    {
        var error = Assert.Throws<AwsConfigurationException>(() => AwsConfiguration.Load(Env(("AWS_REGION", "  "))));

        Assert.Equal("AWS_REGION", error.Setting);
        Assert.StartsWith("AWS_REGION is not set", error.Message);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.com")]
    public void Malformed_endpoint_override_is_an_error_naming_it(string value)
    {
        var error = Assert.Throws<AwsConfigurationException>(() =>
            AwsConfiguration.Load(Env(("AWS_REGION", "us-east-1"), ("AWS_ENDPOINT_URL", value))));

        Assert.Equal("AWS_ENDPOINT_URL", error.Setting);
        Assert.Contains(value, error.Message);
    }
}
