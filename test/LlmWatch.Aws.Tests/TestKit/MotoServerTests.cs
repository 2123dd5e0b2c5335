using System.Net;
using LlmWatch.TestKit.Aws;

namespace LlmWatch.Aws.Tests.TestKit;

public class MotoServerTests(MotoServer moto)
{
    [Fact]
    public async Task Issues_an_access_key_and_then_rejects_unsigned_calls()
    {
        Assert.StartsWith("AKIA", moto.AccessKeyId);
        Assert.False(string.IsNullOrEmpty(moto.SecretAccessKey));

        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent([new("Action", "ListTopics"), new("Version", "2010-03-31")]);
        using var request = new HttpRequestMessage(HttpMethod.Post, moto.Endpoint) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization",
            "AWS4-HMAC-SHA256 Credential=nobody/20250101/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
