namespace LlmWatch.Core.Ports;

/// <summary>Running judge spend per UTC day. In memory it is per container; a shared store (atomic counter) makes it global.</summary>
public interface IJudgeSpendLedger
{
    /// <summary>Adds spend to the day and returns the day's total as this ledger knows it.</summary>
    Task<double> AddAsync(DateOnly day, double usd, CancellationToken cancellationToken);

    /// <summary>The day's total so far.</summary>
    Task<double> GetAsync(DateOnly day, CancellationToken cancellationToken);
}
