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
    ILineSink stdout)
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
            log.Error($"Missing required setting {FunctionSettings.RuntimeApiVariable}.", null, ConfigurationException.ErrorType, null);
            return ExitInitError;
        }

        var client = connect(address);
        try
        {
            var handler = await InitializeAsync(client, log, cancellationToken);
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
            log.Error("container error, exiting", null, nameof(ContainerErrorException), exception.Message);
            return ExitContainerError;
        }
        finally
        {
            (client as IDisposable)?.Dispose();
        }
    }

    private async Task<IHandler?> InitializeAsync(IRuntimeApiClient client, FunctionLog log, CancellationToken cancellationToken)
    {
        ErrorRequest error;
        try
        {
            var function = FunctionSettings.From(settings);
            return catalog.Create(function.Handler, new FunctionServices(settings, time, stdout, log));
        }
        catch (ConfigurationException exception)
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

        log.Error("initialization failed", null, error.ErrorType, error.ErrorMessage);
        await client.PostInitErrorAsync(error, cancellationToken);
        return null;
    }
}
