using System.Text.Json;
using Fulfillment.OrderImport.OperatorsPage.Services;
using Fulfillment.OrderImport.OrdersView.GetOrderDetails;

namespace Fulfillment.OrderImport.OperatorsPage.Timeline;

/// <summary>
/// One timeline of an order's events from every service (O2), merged by time. Each service is asked for its own
/// history in parallel; one that cannot answer (not reachable, or without the history endpoint yet) is named on the
/// page and the timeline is shown from the others. OrderImport's own events are always there: when its history
/// endpoint does not answer, they are taken from the order's stream as the details read it.
/// </summary>
public sealed class OrderTimeline(OwningServices services)
{
    public sealed record Result(IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<TimelineSource> Sources);

    public async Task<Result> ReadAsync(OrderDetails order, CancellationToken cancellationToken)
    {
        var reads = OwningServices.WithOrderHistory
            .Select(service => ReadServiceAsync(service, order.AmazonOrderId, cancellationToken))
            .ToList();
        var answers = await Task.WhenAll(reads);

        var entries = new List<TimelineEntry>();
        var sources = new List<TimelineSource>();
        foreach (var (service, serviceEntries, problem) in answers)
        {
            if (serviceEntries is not null)
            {
                entries.AddRange(serviceEntries);
                sources.Add(new TimelineSource(service, true, $"{serviceEntries.Count} events"));
            }
            else if (service == OwningServices.OrderImport)
            {
                entries.AddRange(order.History.Select(FromOwnStream(order.AmazonOrderId)));
                sources.Add(new TimelineSource(service, true, $"{order.History.Count} events, from the order's stream ({problem})"));
            }
            else
            {
                sources.Add(new TimelineSource(service, false, problem ?? "no answer"));
            }
        }

        return new Result(
            [.. entries.OrderBy(entry => entry.Timestamp).ThenBy(entry => entry.Service).ThenBy(entry => entry.Sequence ?? entry.Version)],
            sources);
    }

    private async Task<(string Service, IReadOnlyList<TimelineEntry>? Entries, string? Problem)> ReadServiceAsync(
        string service, string amazonOrderId, CancellationToken cancellationToken)
    {
        var (body, problem) = await services.GetAsync(
            service, $"admin/history/orders/{Uri.EscapeDataString(amazonOrderId)}", cancellationToken);
        if (body is not { ValueKind: JsonValueKind.Array } array)
        {
            return (service, null, problem is { Status: 404 }
                ? "no order history endpoint yet (404)"
                : problem?.Summary ?? "the history was not a list");
        }

        try
        {
            var entries = array.Deserialize<List<TimelineEntry>>(OwningServices.Json) ?? [];
            return (service, [.. entries.Select(entry => entry with { Service = entry.Service ?? service })], null);
        }
        catch (JsonException exception)
        {
            return (service, null, $"the history could not be read: {exception.Message}");
        }
    }

    private static Func<OrderHistoryEntry, TimelineEntry> FromOwnStream(string amazonOrderId) => entry => new TimelineEntry(
        OwningServices.OrderImport, amazonOrderId, entry.Version, null, entry.EventType, entry.Timestamp, null, null,
        entry.SettingsVersion, JsonSerializer.SerializeToElement(entry.Description), entry.Actor);
}
