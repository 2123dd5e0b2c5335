using LlmWatch.Aws.Sns;

namespace LlmWatch.Aws.Tests.Sns;

public class SnsPublishFormTests
{
    [Fact]
    public void Matches_botocore_query_serialization()
    {
        // aws-wire-formats §7.2, produced with botocore's query serializer
        var form = SnsPublishForm.Build("arn:aws:sns:us-east-1:123456789012:alerts", """{"default":"x"}""", "hi",
            messageStructureJson: true,
            [SnsMessageAttribute.String("severity", "high"), SnsMessageAttribute.Number("count", "3")]);

        Assert.Equal(
            "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Aalerts" +
            "&Message=%7B%22default%22%3A%22x%22%7D&Subject=hi&MessageStructure=json" +
            "&MessageAttributes.entry.1.Name=severity&MessageAttributes.entry.1.Value.DataType=String" +
            "&MessageAttributes.entry.1.Value.StringValue=high" +
            "&MessageAttributes.entry.2.Name=count&MessageAttributes.entry.2.Value.DataType=Number" +
            "&MessageAttributes.entry.2.Value.StringValue=3",
            form);
    }

    [Fact]
    public void Optional_members_are_left_out()
    {
        var form = SnsPublishForm.Build("arn", "a b&c=d", subject: null, messageStructureJson: false, attributes: null);

        Assert.Equal("Action=Publish&Version=2010-03-31&TopicArn=arn&Message=a%20b%26c%3Dd", form);
    }
}
