using LlmWatch.Core.Judge;

namespace LlmWatch.Core.Tests.Judge;

public class SampleSelectorTests
{
    [Fact]
    public void Fnv1a_matches_the_published_test_vectors()
    {
        Assert.Equal(0xcbf29ce484222325UL, SampleSelector.Fnv1a64(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, SampleSelector.Fnv1a64("a"));
        Assert.Equal(0x85944171f73967e8UL, SampleSelector.Fnv1a64("foobar"));
    }

    [Fact]
    public void Decision_is_deterministic_and_independent_of_string_hashing()
    {
        const string id = "6f1f0a52-3c7e-4d8a-9a43-0c2b1de0a101";
        Assert.Equal(SampleSelector.Fraction(id), SampleSelector.Fraction(new string(id.ToCharArray())));
        Assert.InRange(SampleSelector.Fraction(id), 0, 1);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    public void Selected_share_is_close_to_the_rate(double rate)
    {
        var random = new Random(42);
        var bytes = new byte[16];
        var selected = 0;
        const int n = 20_000;
        for (var i = 0; i < n; i++)
        {
            random.NextBytes(bytes);
            if (SampleSelector.IsSelected(new Guid(bytes).ToString(), rate))
                selected++;
        }
        Assert.InRange(selected / (double)n, rate * 0.9, rate * 1.1);
    }

    [Fact]
    public void Rate_zero_selects_nothing_and_rate_one_everything()
    {
        Assert.False(SampleSelector.IsSelected("x", 0));
        Assert.True(SampleSelector.IsSelected("x", 1));
    }

    [Fact]
    public void Long_ids_are_hashed_through_a_pooled_buffer() =>
        Assert.Equal(SampleSelector.Fnv1a64(System.Text.Encoding.UTF8.GetBytes(new string('é', 500))), SampleSelector.Fnv1a64(new string('é', 500)));
}
