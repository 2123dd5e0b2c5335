namespace LlmWatch.Core.Judge;

/// <summary>Why text could (or could not) be taken from a record for judging.</summary>
public enum ExtractionStatus
{
    Extracted,
    /// <summary>The request or response body was offloaded to S3; the judge does not fetch it.</summary>
    BodyInS3,
    /// <summary>No prompt or no response text in a known provider shape (text logging off, tool-only output, images…).</summary>
    NoText,
    /// <summary>The raw record is not a JSON object.</summary>
    Malformed,
}
