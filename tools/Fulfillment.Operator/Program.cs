using System.CommandLine;
using System.Text.Json;
using Fulfillment.Operator;
using Fulfillment.Operator.Authentication;

var addresses = new ServiceAddresses(Environment.GetEnvironmentVariable);
// The operator's machine identity at the OpenID provider: FULFILLMENT_AUTHORITY, FULFILLMENT_CLIENT_ID,
// FULFILLMENT_CLIENT_SECRET (and FULFILLMENT_SCOPE). Without an authority the calls go without a token.
HttpMessageHandler handler = ClientCredentials.FromEnvironment(Environment.GetEnvironmentVariable, "FULFILLMENT_") is { } credentials
    ? new ClientCredentialsHandler(credentials, addresses.All.Select(service => service.Address).ToList())
    : new SocketsHttpHandler();
using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(30) };
var client = new OperationsClient(http, addresses);
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

var messageIdArgument = new Argument<string>("messageId") { Description = "The failed message's id, as 'errors' lists it" };
var queueOption = new Option<string?>("--queue") { Description = "The error queue holding the message (found from the service's listing when left out)" };
var storeOption = new Option<string?>("--store") { Description = "Only this store's Amazon errors" };
var sinceOption = new Option<DateTimeOffset?>("--since") { Description = "Only Amazon errors from this moment (ISO 8601)" };

var errors = new Command("errors", "The messages waiting in every service's error queues, newest first, with their reason");
errors.SetAction(async (_, cancellationToken) =>
{
    var failed = new List<(string Service, JsonElement Entry)>();
    var unanswered = 0;
    foreach (var (service, _) in addresses.All)
    {
        try
        {
            var listing = await client.GetAsync(service, $"admin/errors?limit={MaxListed}", cancellationToken);
            failed.AddRange(listing.GetProperty("messages").EnumerateArray().Select(message => (service, message)));
            if (listing.GetProperty("truncated").GetBoolean())
            {
                await Console.Error.WriteLineAsync($"{service} holds more failed messages than the {MaxListed} per queue shown.");
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or OperatorCommandException)
        {
            unanswered++;
            await Console.Error.WriteLineAsync($"{service} did not answer ({exception.Message}): its failed messages are missing.");
        }
    }

    foreach (var (service, message) in ErrorListing.NewestFirst(failed, "failedAt"))
    {
        Console.WriteLine(ErrorListing.FailedMessageLine(service, message));
    }

    return unanswered == 0 ? 0 : PartialListing;
});

var redrive = new Command("redrive", "Sends a failed message back to the queue it failed from, once its cause is fixed") { serviceArgument, messageIdArgument, queueOption };
redrive.SetAction(async (parse, cancellationToken) =>
{
    var service = parse.GetValue(serviceArgument)!;
    var messageId = parse.GetValue(messageIdArgument)!;
    var queue = parse.GetValue(queueOption) ?? await ErrorQueueOfAsync(service, messageId, cancellationToken);
    var outcome = await client.PostAsync(
        service, $"admin/errors/{Uri.EscapeDataString(queue)}/redrive", new { messageIds = new[] { messageId } }, cancellationToken);
    if (!outcome.GetProperty("redriven").EnumerateArray().Any(id => id.GetString() == messageId))
    {
        throw new OperatorCommandException($"{service} no longer holds message {messageId} in {queue} (re-driven or discarded meanwhile).");
    }

    Console.WriteLine($"Re-drove {messageId} from {queue} to {outcome.GetProperty("inputQueue").GetString()}.");
});

var discard = new Command("discard", "Removes a failed message for good (one that can never succeed)") { serviceArgument, messageIdArgument, queueOption };
discard.SetAction(async (parse, cancellationToken) =>
{
    var service = parse.GetValue(serviceArgument)!;
    var messageId = parse.GetValue(messageIdArgument)!;
    var queue = parse.GetValue(queueOption) ?? await ErrorQueueOfAsync(service, messageId, cancellationToken);
    await client.DeleteAsync(service, $"admin/errors/{Uri.EscapeDataString(queue)}/{Uri.EscapeDataString(messageId)}", cancellationToken);
    Console.WriteLine($"Discarded {messageId} from {queue}.");
});

var amazonErrors = new Command("amazon-errors", "Failed calls to Amazon's SP-API of OrderImport and TrackingSync, newest first") { storeOption, sinceOption };
amazonErrors.SetAction(async (parse, cancellationToken) =>
{
    var query = $"?limit={MaxListed}"
        + (parse.GetValue(storeOption) is { } store ? $"&storeId={Uri.EscapeDataString(store)}" : "")
        + (parse.GetValue(sinceOption) is { } since ? $"&since={Uri.EscapeDataString(since.ToString("O"))}" : "");
    var failures = new List<(string Service, JsonElement Entry)>();
    var unanswered = 0;
    foreach (var service in WithAmazonErrors)
    {
        try
        {
            var listing = await client.GetAsync(service, $"admin/amazon-errors{query}", cancellationToken);
            failures.AddRange(listing.EnumerateArray().Select(failure => (service, failure)));
        }
        catch (Exception exception) when (exception is HttpRequestException or OperatorCommandException)
        {
            unanswered++;
            await Console.Error.WriteLineAsync($"{service} did not answer ({exception.Message}): its Amazon errors are missing.");
        }
    }

    foreach (var (service, failure) in ErrorListing.NewestFirst(failures, "at"))
    {
        Console.WriteLine(ErrorListing.AmazonErrorLine(service, failure));
    }

    return unanswered == 0 ? 0 : PartialListing;
});

var root = new RootCommand(
    "Fulfillment's operator tools (service URLs from FULFILLMENT_<SERVICE>_URL; an access token by client credentials " +
    "from the OpenID provider FULFILLMENT_AUTHORITY with FULFILLMENT_CLIENT_ID and FULFILLMENT_CLIENT_SECRET)")
{
    history, projections, rebuild, stream, republish, subscriptions, rewind, errors, redrive, discard, amazonErrors,
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

// The admin API needs the error queue; an operator knows the message id, which the service's listing maps to it.
async Task<string> ErrorQueueOfAsync(string service, string messageId, CancellationToken cancellationToken)
{
    var listing = await client.GetAsync(service, $"admin/errors?limit={MaxListed}", cancellationToken);
    return ErrorListing.QueuesHolding(listing, messageId) switch
    {
        [var queue] => queue,
        [] => throw new OperatorCommandException($"{service} holds no failed message {messageId} ('errors' lists them)."),
        var queues => throw new OperatorCommandException(
            $"{service} holds message {messageId} in {string.Join(" and ", queues)}: name one with --queue."),
    };
}

partial class Program
{
    /// <summary>The exit code of a timeline some service did not answer for.</summary>
    private const int PartialTimeline = 2;

    /// <summary>The exit code of a listing some service did not answer for.</summary>
    private const int PartialListing = 2;

    /// <summary>The most a service lists per error queue (its <c>limit</c>'s maximum), and the most Amazon errors per service.</summary>
    private const int MaxListed = 1000;

    /// <summary>The services that call Amazon and keep its failures.</summary>
    private static readonly string[] WithAmazonErrors = ["order-import", "tracking-sync"];
}
