namespace Fulfillment.SpApiClient;

/// <summary>
/// Where a call on personal data gets its Restricted Data Token, and how it drops one Amazon refused, so that the
/// next <see cref="Get"/> asks Amazon for a new one.
/// </summary>
/// <param name="Forget">Drops the given token if it is still the one kept (another caller may have replaced it).</param>
public sealed record RestrictedDataTokenSource(
    Func<CancellationToken, Task<string>> Get,
    Action<string> Forget);
