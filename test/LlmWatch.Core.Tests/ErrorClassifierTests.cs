using LlmWatch.Core.Errors;

namespace LlmWatch.Core.Tests;

public class ErrorClassifierTests
{
    [Theory]
    [InlineData("ThrottlingException", ErrorClass.Throttling)]
    [InlineData("ServiceUnavailableException", ErrorClass.ServerError)]
    [InlineData("ModelTimeoutException", ErrorClass.ServerError)]
    [InlineData("InternalServerException", ErrorClass.ServerError)]
    [InlineData("ValidationException", ErrorClass.ModelError)]
    [InlineData("ModelErrorException", ErrorClass.ModelError)]
    [InlineData("AccessDeniedException", ErrorClass.AccessDenied)]
    [InlineData("SomethingNewException", ErrorClass.Other)]
    [InlineData(null, ErrorClass.None)]
    public void Classifies_bedrock_error_codes(string? code, ErrorClass expected) =>
        Assert.Equal(expected, ErrorClassifier.Classify(code));
}
