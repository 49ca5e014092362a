using Fulfillment.OrderImport.Polling;

namespace Fulfillment.OrderImport.Backfill.RunOrdersBackfill;

/// <summary>
/// The outcome per order over a whole backfill. An order can be listed twice (Amazon's window ends are inclusive,
/// and a range ending near now is read again once Amazon lists it); it counts once, as imported if any read
/// recorded something.
/// </summary>
public sealed class OrdersBackfillTally
{
    private readonly Dictionary<string, ImportOutcome> _outcomes = [];

    public void Count(string amazonOrderId, ImportOutcome outcome)
    {
        if (_outcomes.GetValueOrDefault(amazonOrderId) != ImportOutcome.Recorded)
        {
            _outcomes[amazonOrderId] = outcome;
        }
    }

    public OrdersBackfillCounts Counts => new(
        Imported: Of(ImportOutcome.Recorded),
        Unchanged: Of(ImportOutcome.Unchanged),
        Skipped: Of(ImportOutcome.Skipped),
        Failed: Of(ImportOutcome.Failed));

    private int Of(ImportOutcome outcome) => _outcomes.Values.Count(counted => counted == outcome);
}
