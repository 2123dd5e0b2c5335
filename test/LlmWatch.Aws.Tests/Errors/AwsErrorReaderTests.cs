using System.Net.Http.Headers;
using System.Text;
using LlmWatch.Aws.Errors;

namespace LlmWatch.Aws.Tests.Errors;

public class AwsErrorReaderTests
{
    [Theory]
    [InlineData("""{"__type":"com.amazonaws.logs#LimitExceededException","message":"too many"}""", "LimitExceededException", "too many")]
    [InlineData("""{"code":"ValidationException","Message":"bad input","extra":{"a":[1,2]}}""", "ValidationException", "bad input")]
    [InlineData("""<ErrorResponse><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid parameter: TopicArn</Message></Error><RequestId>r</RequestId></ErrorResponse>""", "InvalidParameter", "Invalid parameter: TopicArn")]
    [InlineData("""<?xml version="1.0"?><ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>sig</Message></Error></Errors></ErrorResponse>""", "SignatureDoesNotMatch", "sig")]
    public void Reads_code_and_message_from_json_and_xml_bodies(string body, string code, string message)
    {
        using var response = new HttpResponseMessage();

        var error = AwsErrorReader.Read(400, response.Headers, Encoding.UTF8.GetBytes(body));

        Assert.Equal((code, message), error);
    }

    [Fact]
    public void Header_codes_win_over_the_body_and_are_normalized()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/");

        var error = AwsErrorReader.Read(429, response.Headers, Encoding.UTF8.GetBytes("""{"__type":"Other","message":"slow down"}"""));

        Assert.Equal(("ThrottlingException", "slow down"), error);
    }

    [Fact]
    public void Unparseable_bodies_fall_back_to_the_status_and_a_snippet()
    {
        using var response = new HttpResponseMessage();

        var error = AwsErrorReader.Read(502, response.Headers, Encoding.UTF8.GetBytes("<html>Bad Gateway"));

        Assert.Equal("Http502", error.Code);
        Assert.Equal("<html>Bad Gateway", error.Message);
    }

    [Theory]
    [InlineData("ThrottlingException", 400, true)]
    [InlineData("Throttling", 400, true)]
    [InlineData("ValidationException", 400, false)]
    [InlineData("ModelTimeoutException", 408, false)]
    [InlineData("Anything", 429, true)]
    [InlineData("Anything", 503, true)]
    [InlineData("AccessDeniedException", 403, false)]
    public void Retryable_means_throttling_or_server_side(string code, int status, bool retryable) =>
        Assert.Equal(retryable, AwsRetryableErrors.IsRetryable(code, status));
}
