using LlmWatch.Core.Pricing;

namespace LlmWatch.Core.Tests.Pricing;

/// <summary>
/// Every row of the "Prices" table in the Bedrock invocation-log reference (figures typed from that table, not read
/// from the dataset), reached through base ids, every cross-region prefix and ARNs of each kind.
/// </summary>
public sealed class ReferencePriceTableTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private static readonly PriceBook Book = PriceBook.LoadDefault();

    public static TheoryData<string, double, double, double?, double?> Rows => new()
    {
        // Claude 3.5 Sonnet (both dates), 3.7 Sonnet, Sonnet 4
        { "anthropic.claude-3-5-sonnet-20240620-v1:0", 3.00, 15.00, 0.30, 3.75 },
        { "us.anthropic.claude-3-5-sonnet-20240620-v1:0", 3.00, 15.00, 0.30, 3.75 },
        { "eu.anthropic.claude-3-5-sonnet-20240620-v1:0", 3.00, 15.00, 0.30, 3.75 },
        { "apac.anthropic.claude-3-5-sonnet-20240620-v1:0", 3.00, 15.00, 0.30, 3.75 },
        { "us.anthropic.claude-3-5-sonnet-20241022-v2:0", 3.00, 15.00, 0.30, 3.75 },
        { "us.anthropic.claude-3-7-sonnet-20250219-v1:0", 3.00, 15.00, 0.30, 3.75 },
        { "anthropic.claude-sonnet-4-20250514-v1:0", 3.00, 15.00, 0.30, 3.75 },
        { "us.anthropic.claude-sonnet-4-20250514-v1:0", 3.00, 15.00, 0.30, 3.75 },
        { "global.anthropic.claude-sonnet-4-20250514-v1:0", 3.00, 15.00, 0.30, 3.75 },
        // Sonnet 4.5 / 4.6: global ~10% below regional
        { "global.anthropic.claude-sonnet-4-5-20250929-v1:0", 3.00, 15.00, 0.30, 3.75 },
        { "global.anthropic.claude-sonnet-4-6", 3.00, 15.00, 0.30, 3.75 },
        { "anthropic.claude-sonnet-4-5-20250929-v1:0", 3.30, 16.50, 0.33, 4.125 },
        { "us.anthropic.claude-sonnet-4-5-20250929-v1:0", 3.30, 16.50, 0.33, 4.125 },
        { "eu.anthropic.claude-sonnet-4-5-20250929-v1:0", 3.30, 16.50, 0.33, 4.125 },
        { "apac.anthropic.claude-sonnet-4-5-20250929-v1:0", 3.30, 16.50, 0.33, 4.125 },
        { "jp.anthropic.claude-sonnet-4-5-20250929-v1:0", 3.30, 16.50, 0.33, 4.125 },
        { "au.anthropic.claude-sonnet-4-5-20250929-v1:0", 3.30, 16.50, 0.33, 4.125 },
        { "us.anthropic.claude-sonnet-4-6", 3.30, 16.50, 0.33, 4.125 },
        // Haiku family
        { "anthropic.claude-3-5-haiku-20241022-v1:0", 0.80, 4.00, 0.08, 1.00 },
        { "us.anthropic.claude-3-5-haiku-20241022-v1:0", 0.80, 4.00, 0.08, 1.00 },
        { "anthropic.claude-3-haiku-20240307-v1:0", 0.25, 1.25, null, null },
        { "eu.anthropic.claude-3-haiku-20240307-v1:0", 0.25, 1.25, null, null },
        { "global.anthropic.claude-haiku-4-5-20251001-v1:0", 1.00, 5.00, 0.10, 1.25 },
        { "us.anthropic.claude-haiku-4-5-20251001-v1:0", 1.10, 5.50, 0.11, 1.375 },
        { "anthropic.claude-haiku-4-5-20251001-v1:0", 1.10, 5.50, 0.11, 1.375 },
        // Llama
        { "meta.llama3-1-70b-instruct-v1:0", 0.72, 0.72, null, null },
        { "us.meta.llama3-1-70b-instruct-v1:0", 0.72, 0.72, null, null },
        { "us.meta.llama3-3-70b-instruct-v1:0", 0.72, 0.72, null, null },
        { "meta.llama3-70b-instruct-v1:0", 2.65, 3.50, null, null },
        // Amazon
        { "amazon.nova-pro-v1:0", 0.80, 3.20, 0.20, null },
        { "us.amazon.nova-pro-v1:0", 0.80, 3.20, 0.20, null },
        { "amazon.nova-lite-v1:0", 0.06, 0.24, 0.015, null },
        { "apac.amazon.nova-lite-v1:0", 0.06, 0.24, 0.015, null },
        { "amazon.nova-micro-v1:0", 0.035, 0.14, 0.00875, null },
        { "amazon.titan-text-express-v1", 0.20, 0.60, null, null },
        { "amazon.titan-text-lite-v1", 0.15, 0.20, null, null },
        // ARNs that name the model
        { "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0", 0.25, 1.25, null, null },
        { "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0", 0.80, 3.20, 0.20, null },
        { "arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-sonnet-4-5-20250929-v1:0", 3.30, 16.50, 0.33, 4.125 },
        { "arn:aws:bedrock:us-east-1:111122223333:inference-profile/global.anthropic.claude-sonnet-4-5-20250929-v1:0", 3.00, 15.00, 0.30, 3.75 },
        { "arn:aws:bedrock:eu-west-1:111122223333:inference-profile/eu.anthropic.claude-haiku-4-5-20251001-v1:0", 1.10, 5.50, 0.11, 1.375 },
        { "arn:aws-us-gov:bedrock:us-gov-west-1:111122223333:inference-profile/us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0", 3.30, 16.50, 0.33, 4.125 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reference_row_resolves_to_its_published_prices(string modelId, double input, double output, double? cacheRead, double? cacheWrite)
    {
        var resolution = Book.Resolve(modelId);

        Assert.True(resolution.IsPriced, $"{modelId}: {resolution.Note}");
        var prices = resolution.Model!.PricesAt(At)!;
        Assert.Equal(input, prices.Input!.Base, 9);
        Assert.Equal(output, prices.Output!.Base, 9);
        Assert.Equal(cacheRead, prices.CacheRead?.Base);
        Assert.Equal(cacheWrite, prices.CacheWrite?.Base);
    }

    [Theory]
    [InlineData("arn:aws:bedrock:us-east-1:444455556666:application-inference-profile/k3x9q2m7z1ab", ModelIdKind.ApplicationInferenceProfileArn)]
    [InlineData("arn:aws:bedrock:us-east-1:444455556666:provisioned-model/pq1r2s3t4u5v", ModelIdKind.ProvisionedModelArn)]
    [InlineData("arn:aws:bedrock:us-east-1:444455556666:custom-model/amazon.titan-text-express-v1:0:8k/ly16hhp1bw6r", ModelIdKind.CustomModelArn)]
    [InlineData("arn:aws:bedrock:us-east-1:444455556666:imported-model/a1b2c3d4e5f6", ModelIdKind.ImportedModelArn)]
    public void Arn_that_hides_the_model_is_unpriced_without_an_alias(string modelId, ModelIdKind kind)
    {
        var resolution = Book.Resolve(modelId);

        Assert.False(resolution.IsPriced);
        Assert.Equal(kind, resolution.Kind);
        Assert.Contains("aliases", resolution.Note);
        Assert.False(Book.TryGetCost(modelId, At, new(1000, 100, 0, 0), out var cost));
        Assert.Equal(0, cost);
    }

    [Fact]
    public void Custom_model_arn_is_not_priced_as_its_base_model_even_though_the_arn_names_it()
    {
        // The part after the last '/' is the custom model's own id; the base id in the middle must not leak a price.
        Assert.False(Book.Resolve("arn:aws:bedrock:us-east-1:1:custom-model/amazon.titan-text-express-v1:0:8k/amazon.titan-text-express-v1").IsPriced);
    }

    [Fact]
    public void Default_table_carries_the_dataset_version_date_and_every_model()
    {
        Assert.Equal("0.1.8", Book.Dataset.Version);
        Assert.Equal("2026-11-22", Book.Date);
        Assert.Equal("@pydantic/genai-prices", Book.Source);
        Assert.Equal("0.1.8+supplement-1", Book.Version);
        Assert.Equal(93, Book.Models.Count(m => m.Source == PriceSource.Dataset));
        // The supplement's models come after every dataset model, so a dataset rule always matches first.
        Assert.All(Book.Models.Skip(93), m => Assert.Equal(PriceSource.Supplement, m.Source));
    }
}
