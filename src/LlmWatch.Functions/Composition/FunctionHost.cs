using LlmWatch.Aws.Configuration;
using LlmWatch.Core.Ports;
using LlmWatch.Functions.Configuration;
using LlmWatch.Functions.Handlers;
using LlmWatch.Functions.Output;
using LlmWatch.Functions.RuntimeApi;

namespace LlmWatch.Functions.Composition;

/// <summary>Start-up (settings → handler, or an init error) followed by the invocation loop; returns the exit code.</summary>
internal sealed class FunctionHost(
    SettingsSource settings,
    HandlerCatalog catalog,
    Func<string, IRuntimeApiClient> connect,
    ITraceContext trace,
    TimeProvider time,
    ILineSink stdout,
    Func<Amazon.Runtime.AWSCredentials>? credentials = null)
{
    public const int ExitStopped = 0;
    public const int ExitInitError = 1;
    public const int ExitContainerError = 2;

    /// <summary>The production wiring: process environment, HTTP Runtime API, system clock, stdout.</summary>
    public static FunctionHost ForProcess(HandlerCatalog catalog) => new(
        SettingsSource.FromProcess(),
        catalog,
        address => new RuntimeApiClient(address),
        new EnvironmentTraceContext(),
        TimeProvider.System,
        new StdoutSink());

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var log = new FunctionLog(stdout, time);
        var address = settings.Optional(FunctionSettings.RuntimeApiVariable);
        if (address is null)
        {
            // Without the Runtime API there is nobody to report an init error to.
            log.Error("init.failed", ("errorType", ConfigurationException.ErrorType),
                ("error", $"Missing required setting {FunctionSettings.RuntimeApiVariable}."));
            return ExitInitError;
        }

        var client = connect(address);
        using var services = new FunctionServices(settings, time, stdout, log, credentials);
        try
        {
            var handler = await InitializeAsync(client, services, cancellationToken);
            if (handler is null)
                return ExitInitError;
            await new RuntimeLoop(client, handler, trace, time, log).RunAsync(cancellationToken);
            return ExitStopped;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitStopped;
        }
        catch (ContainerErrorException exception)
        {
            log.Error("runtime.container-error", ("error", exception.Message));
            return ExitContainerError;
        }
        finally
        {
            (client as IDisposable)?.Dispose();
        }
    }

    private async Task<IHandler?> InitializeAsync(IRuntimeApiClient client, FunctionServices services, CancellationToken cancellationToken)
    {
        ErrorRequest error;
        try
        {
            var function = FunctionSettings.From(settings);
            return await catalog.CreateAsync(function.Handler, services, cancellationToken);
        }
        catch (Exception exception) when (exception is ConfigurationException or AwsConfigurationException)
        {
            error = ErrorRequest.Plain(ConfigurationException.ErrorType, exception.Message);
        }
        catch (NoSuchHandlerException exception)
        {
            error = ErrorRequest.Plain(NoSuchHandlerException.ErrorType, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            error = ErrorRequest.FromException(exception) with { ErrorType = "Runtime.UnknownReason" };
        }

        services.Log.Error("init.failed", ("errorType", error.ErrorType), ("error", error.ErrorMessage));
        await client.PostInitErrorAsync(error, cancellationToken);
        return null;
    }
}
