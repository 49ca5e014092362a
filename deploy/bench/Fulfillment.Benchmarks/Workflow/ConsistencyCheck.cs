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
/// For every benchmark order, read from the services' own databases and Amazon's (the simulator's) view, the facts
/// <see cref="OrderVerdict"/> holds against what the order's kind promises.
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
        var closed = await CountAsync(settings.Database("fulfillment_commerce_order"),
            "SELECT stream_id, count(*) FROM commerce_order.mt_events WHERE type = 'order_closed' AND stream_id = ANY(@ids) GROUP BY stream_id",
            ids, cancellationToken);
        var channelStatuses = await ChannelStatusesAsync(settings, ids, cancellationToken);
        using var amazon = await client.AmazonOrdersAsync(cancellationToken);
        var amazonOrders = amazon.RootElement.EnumerateArray()
            .ToDictionary(order => order.GetProperty("amazonOrderId").GetString()!, order => order.Clone());
        using var feeds = await client.AmazonFeedsAsync(cancellationToken);
        var feedsNaming = feeds.RootElement.EnumerateArray()
            .SelectMany(feed => feed.GetProperty("amazonOrderIds").EnumerateArray().Select(id => id.GetString()!))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        var problems = new List<OrderProblem>();
        var consistent = 0;
        foreach (var order in orders)
        {
            var id = order.AmazonOrderId;
            var facts = id is null
                ? null
                : new OrderFacts(
                    placed.GetValueOrDefault(id), closed.GetValueOrDefault(id), confirmed.GetValueOrDefault(id),
                    channelStatuses.GetValueOrDefault(id),
                    amazonOrders.TryGetValue(id, out var amazonOrder) ? AmazonFacts.From(amazonOrder, feedsNaming.GetValueOrDefault(id)) : null);
            var found = OrderVerdict.ProblemsOf(order.Plan, facts).ToList();
            if (found.Count == 0)
            {
                consistent++;
            }

            problems.AddRange(found.Select(problem =>
                new OrderProblem(order.AmazonOrderId ?? $"order #{order.Plan.Number}", order.Plan.Kind, problem.Kind, problem.Text)));
        }

        return new ConsistencyReport(orders.Count, consistent, problems);
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
