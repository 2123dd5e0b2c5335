using LlmWatch.Core.Pricing;

namespace LlmWatch.Core.Tests.Pricing;

public sealed class ModelIdNormalizerTests
{
    [Theory]
    [InlineData("anthropic.claude-3-5-sonnet-20240620-v1:0", "anthropic.claude-3-5-sonnet-20240620-v1:0", ModelIdKind.BaseModel)]
    [InlineData("us.anthropic.claude-3-5-sonnet-20240620-v1:0", "us.anthropic.claude-3-5-sonnet-20240620-v1:0", ModelIdKind.GeoProfile)]
    [InlineData("apac.amazon.nova-lite-v1:0", "apac.amazon.nova-lite-v1:0", ModelIdKind.GeoProfile)]
    [InlineData("global.anthropic.claude-opus-4-6-v1", "global.anthropic.claude-opus-4-6-v1", ModelIdKind.GlobalProfile)]
    [InlineData("  Amazon.Nova-Pro-V1:0 ", "amazon.nova-pro-v1:0", ModelIdKind.BaseModel)]
    [InlineData("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1", "amazon.titan-text-express-v1", ModelIdKind.FoundationModelArn)]
    [InlineData("arn:aws:bedrock:us-east-1:111122223333:inference-profile/global.anthropic.claude-opus-4-6-v1", "global.anthropic.claude-opus-4-6-v1", ModelIdKind.InferenceProfileArn)]
    [InlineData("arn:aws:bedrock:us-east-1:1:application-inference-profile/k3x9q2m7z1ab", "k3x9q2m7z1ab", ModelIdKind.ApplicationInferenceProfileArn)]
    [InlineData("arn:aws:bedrock:us-east-1:1:provisioned-model/abc", "abc", ModelIdKind.ProvisionedModelArn)]
    [InlineData("arn:aws:bedrock:us-east-1:1:imported-model/abc", "abc", ModelIdKind.ImportedModelArn)]
    [InlineData("arn:aws:sagemaker:us-east-1:1:endpoint/my-endpoint", "my-endpoint", ModelIdKind.OtherArn)]
    [InlineData("arn:aws:bedrock", "arn:aws:bedrock", ModelIdKind.OtherArn)]
    public void Normalizes_ids_and_arns(string logged, string expected, ModelIdKind kind)
    {
        Assert.Equal(expected, ModelIdNormalizer.Normalize(logged, out var actualKind));
        Assert.Equal(kind, actualKind);
    }

    [Theory]
    [InlineData("us.anthropic.x", "anthropic.x")]
    [InlineData("us-gov.anthropic.x", "anthropic.x")]
    [InlineData("jp.anthropic.x", "anthropic.x")]
    [InlineData("global.anthropic.x", null)]
    [InlineData("amazon.nova-lite-v1:0", null)]
    public void Strips_only_geographic_prefixes(string id, string? expected)
    {
        Assert.Equal(expected, ModelIdNormalizer.StripGeoPrefix(id));
    }
}
