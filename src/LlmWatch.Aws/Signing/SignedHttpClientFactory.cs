using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using LlmWatch.Aws.Configuration;

namespace LlmWatch.Aws.Signing;

/// <summary>
/// Creates one <see cref="HttpClient"/> per AWS service whose requests are SigV4-signed by AWSSDK.Core's
/// <see cref="SigV4SigningHandler"/>, all sharing one connection pool. Owns the handlers: dispose once, at shutdown.
/// </summary>
internal sealed class SignedHttpClientFactory : IDisposable
{
    private readonly AwsSettings _settings;
    private readonly AWSCredentials _credentials;
    private readonly RegionEndpoint _region;
    private readonly SocketsHttpHandler _transport;
    private readonly List<SigV4SigningHandler> _signers = [];
    private readonly Lock _gate = new();

    public SignedHttpClientFactory(AwsSettings settings, AWSCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _credentials = credentials;
        _region = RegionEndpoint.GetBySystemName(settings.Region);
        _transport = new SocketsHttpHandler
        {
            // a redirect followed below the signer would be sent unsigned or with a stale signature
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
    }

    public AwsSettings Settings => _settings;

    /// <summary>A client whose <see cref="HttpClient.BaseAddress"/> is the service endpoint (with trailing slash).</summary>
    public HttpClient Create(AwsService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var signer = new SigV4SigningHandler(_credentials, _region, service.SigningName, _transport);
        lock (_gate)
        {
            _signers.Add(signer);
        }

        return new HttpClient(signer, disposeHandler: false) { BaseAddress = AwsEndpoints.Resolve(_settings, service) };
    }

    public void Dispose()
    {
        lock (_gate)
        {
            // each signer disposes the shared transport too; SocketsHttpHandler tolerates repeated Dispose
            foreach (var signer in _signers)
            {
                signer.Dispose();
            }

            _signers.Clear();
        }

        _transport.Dispose();
    }
}
