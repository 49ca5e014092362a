using System.CommandLine;
using System.Text.Json;
using Fulfillment.Operator;

var addresses = new ServiceAddresses(Environment.GetEnvironmentVariable);
using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
var client = new OperationsClient(http, addresses, Environment.GetEnvironmentVariable("FULFILLMENT_OPERATOR_KEY"));
var indented = new JsonSerializerOptions { WriteIndented = true };

var serviceArgument = new Argument<string>("service") { Description = $"One of: {string.Join(", ", ServiceAddresses.Names)}" };
var orderArgument = new Argument<string>("amazonOrderId") { Description = "The Amazon order id, e.g. 111-1234567-1234567" };
var keyArgument = new Argument<string>("key") { Description = "The stream key (an Amazon order id, a SKU, a shipment id, ...)" };
var projectionArgument = new Argument<string>("projection") { Description = "The projection's name, as 'projections' lists it" };
var nameArgument = new Argument<string>("name") { Description = "The subscription's name, e.g. EventForwarder" };
var versionOption = new Option<long?>("--version") { Description = "The stream as it stood at this version" };
var atOption = new Option<DateTimeOffset?>("--at") { Description = "The stream as it stood at this moment (ISO 8601)" };
var toOption = new Option<long?>("--to") { Description = "The event sequence to rewind to" };
var toTimeOption = new Option<DateTimeOffset?>("--to-time") { Description = "The moment to rewind to (ISO 8601)" };

var history = new Command("history", "One Amazon order's events from every service, merged into one timeline") { orderArgument };
history.SetAction(async (parse, cancellationToken) =>
{
    var id = parse.GetValue(orderArgument)!;
    var entries = new List<JsonElement>();
    var unreachable = 0;
    foreach (var (service, _) in addresses.All)
    {
        try
        {
            var answer = await client.GetAsync(service, $"admin/history/orders/{Uri.EscapeDataString(id)}", cancellationToken);
            entries.AddRange(answer.EnumerateArray());
        }
        catch (HttpRequestException exception)
        {
            // A timeline without one service still helps an operator; the exit code says it is partial.
            unreachable++;
            await Console.Error.WriteLineAsync($"{service} did not answer ({exception.Message}): its events are missing.");
        }
    }

    foreach (var entry in Timeline.Merge(entries))
    {
        Console.WriteLine(Timeline.Line(entry));
    }

    return unreachable == 0 ? 0 : PartialTimeline;
});

var projections = new Command("projections", "The service's projections with their progress") { serviceArgument };
projections.SetAction(async (parse, cancellationToken) =>
    Print(await client.GetAsync(parse.GetValue(serviceArgument)!, "admin/projections", cancellationToken)));

var rebuild = new Command("rebuild", "Rebuilds a projection from the events; answers when done") { serviceArgument, projectionArgument };
rebuild.SetAction(async (parse, cancellationToken) => Print(await client.PostAsync(
    parse.GetValue(serviceArgument)!,
    $"admin/projections/{Uri.EscapeDataString(parse.GetValue(projectionArgument)!)}/rebuild", null, cancellationToken)));

var stream = new Command("stream", "A stream's events and its state as it stood (time travel)") { serviceArgument, keyArgument, versionOption, atOption };
stream.SetAction(async (parse, cancellationToken) =>
{
    var query = parse.GetValue(versionOption) is { } version ? $"?version={version}"
        : parse.GetValue(atOption) is { } at ? $"?at={Uri.EscapeDataString(at.ToString("O"))}"
        : "";
    Print(await client.GetAsync(
        parse.GetValue(serviceArgument)!, $"admin/streams/{Uri.EscapeDataString(parse.GetValue(keyArgument)!)}{query}",
        cancellationToken));
});

var republish = new Command("republish", "Publishes a stream's contracts again with their original message ids") { serviceArgument, keyArgument };
republish.SetAction(async (parse, cancellationToken) => Print(await client.PostAsync(
    parse.GetValue(serviceArgument)!,
    $"admin/streams/{Uri.EscapeDataString(parse.GetValue(keyArgument)!)}/republish", null, cancellationToken)));

var subscriptions = new Command("subscriptions", "Each subscription's and projection's progress against the high-water mark") { serviceArgument };
subscriptions.SetAction(async (parse, cancellationToken) =>
    Print(await client.GetAsync(parse.GetValue(serviceArgument)!, "admin/subscriptions", cancellationToken)));

var rewind = new Command("rewind", "Moves a subscription back to an event sequence or a moment") { serviceArgument, nameArgument, toOption, toTimeOption };
rewind.SetAction(async (parse, cancellationToken) => Print(await client.PostAsync(
    parse.GetValue(serviceArgument)!,
    $"admin/subscriptions/{Uri.EscapeDataString(parse.GetValue(nameArgument)!)}/rewind",
    new { toSequence = parse.GetValue(toOption), toTimestamp = parse.GetValue(toTimeOption) }, cancellationToken)));

var root = new RootCommand("Fulfillment's operator tools (service URLs from FULFILLMENT_<SERVICE>_URL, key from FULFILLMENT_OPERATOR_KEY)")
{
    history, projections, rebuild, stream, republish, subscriptions, rewind,
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (exception is OperatorCommandException or HttpRequestException or ArgumentException)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 1;
}

void Print(JsonElement answer) => Console.WriteLine(JsonSerializer.Serialize(answer, indented));

partial class Program
{
    /// <summary>The exit code of a timeline some service did not answer for.</summary>
    private const int PartialTimeline = 2;
}
