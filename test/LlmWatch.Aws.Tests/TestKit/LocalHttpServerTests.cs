using System.Net;
using System.Text;
using LlmWatch.TestKit.Http;

namespace LlmWatch.Aws.Tests.TestKit;

public class LocalHttpServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Answers_from_the_delegate_and_records_raw_requests()
    {
        await using var server = new LocalHttpServer(request =>
            LocalHttpResponse.Json($$"""{"echo":"{{request.BodyText}}"}""", 201).WithHeader("x-test", "yes"));
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(server.Endpoint, "a/b%3Ac?x=1"),
            new StringContent("hi", Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("""{"echo":"hi"}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("yes", response.Headers.GetValues("x-test").Single());
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/a/b%3Ac", "x=1"), (request.Method, request.RawPath, request.Query));
        Assert.Equal("text/plain; charset=utf-8", request.Header("content-type"));
    }

    [Fact]
    public async Task A_throwing_handler_becomes_a_500()
    {
        await using var server = new LocalHttpServer(_ => throw new InvalidOperationException("nope"));
        using var http = new HttpClient();

        using var response = await http.GetAsync(server.Endpoint, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("nope", await response.Content.ReadAsStringAsync(Ct));
    }
}
