using System.Xml;
using System.Xml.Linq;

namespace Fulfillment.SpApiSimulator.FeedsApi.OrderAcknowledgement;

/// <param name="CancelReason">As written; checked against <see cref="CancelReasons"/> when the message is applied.</param>
public sealed record AcknowledgedItem(string AmazonOrderItemCode, string? CancelReason);

/// <summary>
/// One <c>Message</c> of an <c>AmazonEnvelope</c> with <c>MessageType</c> <c>OrderAcknowledgement</c>, as Amazon's
/// OrderAcknowledgement.xsd shapes it: <c>AmazonOrderID</c>, <c>StatusCode</c> (<c>Success</c> or <c>Failure</c>,
/// which cancels) and <c>Item</c>s with <c>AmazonOrderItemCode</c> and <c>CancelReason</c>.
/// </summary>
public sealed record OrderAcknowledgementMessage(
    string MessageId, string? AmazonOrderId, string? StatusCode, IReadOnlyList<AcknowledgedItem> Items)
{
    /// <returns>The messages, or null when the document is not an order acknowledgement envelope.</returns>
    public static IReadOnlyList<OrderAcknowledgementMessage>? ReadEnvelope(byte[] content, out string? problem)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(content);
            document = XDocument.Load(stream, LoadOptions.None);
        }
        catch (XmlException exception)
        {
            problem = $"XML Parsing Fatal Error: {exception.Message}";
            return null;
        }

        var envelope = document.Root;
        if (envelope?.Name.LocalName != "AmazonEnvelope" || Text(envelope, "MessageType") != "OrderAcknowledgement")
        {
            problem = "The document is not an AmazonEnvelope with MessageType OrderAcknowledgement.";
            return null;
        }

        problem = null;
        return [.. envelope.Elements("Message").Select(message =>
        {
            var acknowledgement = message.Element("OrderAcknowledgement");
            return new OrderAcknowledgementMessage(
                Text(message, "MessageID") ?? "0",
                acknowledgement is null ? null : Text(acknowledgement, "AmazonOrderID"),
                acknowledgement is null ? null : Text(acknowledgement, "StatusCode"),
                [.. (acknowledgement?.Elements("Item") ?? []).Select(item =>
                    new AcknowledgedItem(Text(item, "AmazonOrderItemCode") ?? "", Text(item, "CancelReason")))]);
        })];
    }

    private static string? Text(XElement parent, string name) => parent.Element(name)?.Value.Trim();
}
