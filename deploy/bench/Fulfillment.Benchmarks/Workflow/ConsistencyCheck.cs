using System.Text.Json;
using Npgsql;

namespace Fulfillment.Benchmarks.Workflow;

/// <summary>How an order's end state differs from its promise.</summary>
public enum ProblemKind
{
    /// <summary>A fact the workflow must produce is missing (no Commerce order, a package not confirmed, ...).</summary>
    Missing,

    /// <summary>A fact the workflow must produce once is there more than once (or at all, where none is due).</summary>
    Doubled,

    /// <summary>Every fact is there once, but a status is not the one promised.</summary>
    WrongState,
}

public sealed record OrderProblem(string Order, OrderKind Kind, ProblemKind Problem, string Text)
{
    public override string ToString() => $"{Order} ({Kind}): {Text}";
}

/// <summary>The end state of every order, checked against what its kind promises.</summary>
public sealed record ConsistencyReport(int Checked, int Consistent, IReadOnlyList<OrderProblem> Findings)
{
    public IReadOnlyList<string> Problems => [.. Findings.Select(finding => finding.ToString())];
}

/// <summary>
/// For every benchmark order: exactly one Commerce order (none for an order canceled while Pending), every package
/// confirmed once at Amazon and the Amazon order fully shipped (MFN), one completed confirmation in TrackingSync, and
/// the channel status the workflow promises (<c>Completed</c>, or <c>Canceled</c>). Read from the services' own
/// databases and Amazon's (the simulator's) view.
/// </summary>
public static class ConsistencyCheck
{
    /// <summary>Reads everything again when a read fails (a database restarting), see <see cref="Retry"/>.</summary>
    public static Task<ConsistencyReport> RunAsync(
        BenchSettings settings, SystemClient client, IReadOnlyList<OrderProgress> orders, CancellationToken cancellationToken) =>
        Retry.UntilDoneAsync(token => RunOnceAsync(settings, client, orders, token), cancellationToken);

    private static async Task<ConsistencyReport> RunOnceAsync(
        BenchSettings settings, SystemClient client, IReadOnlyList<OrderProgress> orders, CancellationToken cancellationToken)
    {
        var ids = orders.Where(order => order.AmazonOrderId is not null).Select(order => order.AmazonOrderId!).ToArray();
        var placed = await CountAsync(settings.Database("fulfillment_commerce_order"),
            "SELECT stream_id, count(*) FROM commerce_order.mt_events WHERE type = 'order_placed' AND stream_id = ANY(@ids) GROUP BY stream_id",
            ids, cancellationToken);
        var confirmed = await CountAsync(settings.Database("fulfillment_tracking_sync"),
            "SELECT data ->> 'AmazonOrderId', count(*) FROM tracking_sync.mt_events WHERE type = 'confirmation_completed' " +
            "AND data ->> 'AmazonOrderId' = ANY(@ids) GROUP BY 1",
            ids, cancellationToken);
        var channelStatuses = await ChannelStatusesAsync(settings, ids, cancellationToken);
        using var amazon = await client.AmazonOrdersAsync(cancellationToken);
        var amazonOrders = amazon.RootElement.EnumerateArray()
            .ToDictionary(order => order.GetProperty("amazonOrderId").GetString()!, order => order.Clone());

        var problems = new List<OrderProblem>();
        var consistent = 0;
        foreach (var order in orders)
        {
            var found = ProblemsOf(order, placed, confirmed, channelStatuses, amazonOrders).ToList();
            if (found.Count == 0)
            {
                consistent++;
            }

            problems.AddRange(found.Select(problem =>
                new OrderProblem(order.AmazonOrderId ?? $"order #{order.Plan.Number}", order.Plan.Kind, problem.Kind, problem.Text)));
        }

        return new ConsistencyReport(orders.Count, consistent, problems);
    }

    private static IEnumerable<(ProblemKind Kind, string Text)> ProblemsOf(
        OrderProgress order, IReadOnlyDictionary<string, long> placed, IReadOnlyDictionary<string, long> confirmed,
        IReadOnlyDictionary<string, string> channelStatuses, IReadOnlyDictionary<string, JsonElement> amazonOrders)
    {
        if (order.AmazonOrderId is not { } id)
        {
            yield return (ProblemKind.Missing, "never placed at Amazon");
            yield break;
        }

        var commerceOrders = placed.GetValueOrDefault(id);
        var expectedCommerceOrders = order.Plan.ExpectsCommerceOrder ? 1 : 0;
        if (commerceOrders != expectedCommerceOrders)
        {
            yield return (commerceOrders > expectedCommerceOrders ? ProblemKind.Doubled : ProblemKind.Missing,
                $"{commerceOrders} Commerce orders, expected {expectedCommerceOrders}");
        }

        var channelStatus = channelStatuses.GetValueOrDefault(id, "(not in the orders view)");
        if (channelStatus != order.Plan.ExpectedChannelStatus)
        {
            yield return (channelStatuses.ContainsKey(id) ? ProblemKind.WrongState : ProblemKind.Missing,
                $"channel status {channelStatus}, expected {order.Plan.ExpectedChannelStatus}");
        }

        var expectedConfirmations = order.Plan.ShipsFromCommerce ? 1 : 0;
        if (confirmed.GetValueOrDefault(id) != expectedConfirmations)
        {
            yield return (confirmed.GetValueOrDefault(id) > expectedConfirmations ? ProblemKind.Doubled : ProblemKind.Missing,
                $"{confirmed.GetValueOrDefault(id)} completed confirmations in TrackingSync, expected {expectedConfirmations}");
        }

        if (!amazonOrders.TryGetValue(id, out var amazon))
        {
            yield return (ProblemKind.Missing, "unknown to Amazon");
            yield break;
        }

        var packages = amazon.GetProperty("shipmentConfirmations").GetArrayLength();
        if (packages != expectedConfirmations)
        {
            yield return (packages > expectedConfirmations ? ProblemKind.Doubled : ProblemKind.Missing,
                $"{packages} packages confirmed at Amazon, expected {expectedConfirmations}");
        }

        var amazonStatus = amazon.GetProperty("orderStatus").GetString();
        var expectedAmazonStatus = order.Plan.Kind == OrderKind.CanceledWhilePending ? "Canceled" : "Shipped";
        if (amazonStatus != expectedAmazonStatus)
        {
            yield return (ProblemKind.WrongState, $"Amazon shows {amazonStatus}, expected {expectedAmazonStatus}");
        }

        if (order.Plan.ShipsFromCommerce && amazon.GetProperty("items").EnumerateArray()
                .Any(item => item.GetProperty("quantityShipped").GetInt32() != item.GetProperty("quantityOrdered").GetInt32()))
        {
            yield return (ProblemKind.WrongState, "Amazon shows units left to ship");
        }
    }

    private static async Task<Dictionary<string, long>> CountAsync(
        string connectionString, string sql, string[] ids, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private static async Task<Dictionary<string, string>> ChannelStatusesAsync(
        BenchSettings settings, string[] ids, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(settings.Database("fulfillment_order_import"));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT id, data ->> 'ChannelStatus' FROM order_import.mt_doc_ordersummary WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids);
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses[reader.GetString(0)] = reader.GetString(1);
        }

        return statuses;
    }
}
