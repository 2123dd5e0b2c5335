using System.Xml.Linq;

namespace LlmWatch.TestKit.Aws;

/// <summary>
/// Creates an IAM user with an allow-all policy and an access key through moto's IAM query API, using the
/// unsigned calls moto grants before it starts verifying signatures (INITIAL_NO_AUTH_ACTION_COUNT).
/// </summary>
internal static class MotoIamBootstrap
{
    /// <summary>Number of unsigned actions <see cref="CreateAccessKeyAsync"/> spends.</summary>
    public const int UnsignedCallsNeeded = 3;

    private const string AllowAll =
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";

    public static async Task<(string AccessKeyId, string SecretAccessKey)> CreateAccessKeyAsync(
        HttpClient http, Uri endpoint, string region, CancellationToken cancellationToken)
    {
        const string user = "llmwatch-tests";
        await CallAsync(http, endpoint, region, [("Action", "CreateUser"), ("UserName", user)], cancellationToken);
        await CallAsync(http, endpoint, region,
            [("Action", "PutUserPolicy"), ("UserName", user), ("PolicyName", "allow-all"), ("PolicyDocument", AllowAll)],
            cancellationToken);
        var keyXml = await CallAsync(http, endpoint, region, [("Action", "CreateAccessKey"), ("UserName", user)],
            cancellationToken);
        var doc = XDocument.Parse(keyXml);
        var id = doc.Descendants().First(e => e.Name.LocalName == "AccessKeyId").Value;
        var secret = doc.Descendants().First(e => e.Name.LocalName == "SecretAccessKey").Value;
        return (id, secret);
    }

    private static async Task<string> CallAsync(HttpClient http, Uri endpoint, string region,
        (string Name, string Value)[] parameters, CancellationToken cancellationToken)
    {
        var form = parameters.Append(("Version", "2010-05-08")).Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2));
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
        // moto routes unsigned requests by the credential scope in Authorization; the signature is not
        // checked while the no-auth allowance lasts.
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential=bootstrap/20250101/{region}/iam/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"moto IAM bootstrap call {parameters[0].Value} failed: {(int)response.StatusCode} {body}");
        }

        return body;
    }
}
