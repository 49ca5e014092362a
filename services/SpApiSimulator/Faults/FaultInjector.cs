namespace Fulfillment.SpApiSimulator.Faults;

/// <summary>
/// Faults armed from the admin API, taken in the order they were armed: each matching request uses up one.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<ArmedFault> _armed = [];

    public void Arm(ArmedFault fault)
    {
        lock (_gate)
        {
            _armed.Add(fault);
        }
    }

    /// <param name="operationId">The operation a request is for.</param>
    /// <param name="namedOnly">
    /// Only a fault armed on this operation by name strikes, not one armed on <c>*</c>: Login With Amazon's token
    /// endpoint is no SP-API operation, so a fault meant for every SP-API operation leaves it alone.
    /// </param>
    public ArmedFault? TakeNext(string operationId, bool namedOnly = false)
    {
        lock (_gate)
        {
            var index = _armed.FindIndex(fault =>
                fault.AppliesTo(operationId) && !(namedOnly && fault.Operation == ArmedFault.AnyOperation));
            if (index < 0)
            {
                return null;
            }

            var fault = _armed[index];
            if (fault.Remaining > 1)
            {
                _armed[index] = fault with { Remaining = fault.Remaining - 1 };
            }
            else
            {
                _armed.RemoveAt(index);
            }

            return fault;
        }
    }

    public IReadOnlyList<ArmedFault> Armed()
    {
        lock (_gate)
        {
            return [.. _armed];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _armed.Clear();
        }
    }
}
