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

    public ArmedFault? TakeNext(string operationId)
    {
        lock (_gate)
        {
            var index = _armed.FindIndex(fault => fault.AppliesTo(operationId));
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
