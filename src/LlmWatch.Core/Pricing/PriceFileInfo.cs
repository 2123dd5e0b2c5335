namespace LlmWatch.Core.Pricing;

/// <summary>Name, version and date of one embedded price file (the dataset or the supplement).</summary>
public sealed record PriceFileInfo(string Source, string Version, string Date);
