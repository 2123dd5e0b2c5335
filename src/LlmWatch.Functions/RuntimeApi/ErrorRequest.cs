namespace LlmWatch.Functions.RuntimeApi;

/// <summary>The Runtime API's ErrorRequest body; <see cref="ErrorType"/> also goes in the error-type header.</summary>
internal sealed record ErrorRequest(string ErrorMessage, string ErrorType, IReadOnlyList<string> StackTrace)
{
    /// <summary>An error without a stack (configuration and handler-selection failures).</summary>
    public static ErrorRequest Plain(string errorType, string message) => new(message, errorType, []);

    /// <summary>Describes an unhandled exception: its type name, message and stack frames.</summary>
    public static ErrorRequest FromException(Exception exception)
    {
        var frames = (exception.StackTrace ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ErrorRequest(exception.Message, exception.GetType().FullName ?? exception.GetType().Name, frames);
    }
}
