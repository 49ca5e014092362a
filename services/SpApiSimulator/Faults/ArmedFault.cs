namespace Fulfillment.SpApiSimulator.Faults;

/// <summary>
/// A fault waiting for the next <paramref name="Remaining"/> requests of <paramref name="Operation"/>
/// (<c>*</c> for every SP-API operation).
/// </summary>
public sealed record ArmedFault(string Operation, FaultKind Kind, int Remaining, int DelayMilliseconds)
{
    public const string AnyOperation = "*";

    public bool AppliesTo(string operationId) =>
        Operation == AnyOperation || string.Equals(Operation, operationId, StringComparison.OrdinalIgnoreCase);
}
