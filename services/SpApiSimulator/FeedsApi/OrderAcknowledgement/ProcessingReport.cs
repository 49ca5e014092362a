using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Fulfillment.SpApiSimulator.FeedsApi.OrderAcknowledgement;

/// <summary>One <c>Result</c> of a processing report: a message Amazon could not apply, with its reason.</summary>
public sealed record ProcessingResult(string MessageId, string ResultMessageCode, string ResultDescription, string? AmazonOrderId);

/// <summary>
/// The XML processing report of a legacy XML feed (<c>MessageType</c> <c>ProcessingReport</c>): how many messages
/// were processed and how many succeeded, and one <c>Result</c> per message with an error.
/// </summary>
public sealed record ProcessingReport(string FeedId, int MessagesProcessed, IReadOnlyList<ProcessingResult> Errors)
{
    public string ContentType => "text/xml; charset=UTF-8";

    public byte[] ToXml(string sellerId)
    {
        var report = new XElement("ProcessingReport",
            new XElement("DocumentTransactionID", FeedId),
            new XElement("StatusCode", "Complete"),
            new XElement("ProcessingSummary",
                new XElement("MessagesProcessed", Number(MessagesProcessed)),
                new XElement("MessagesSuccessful", Number(Math.Max(0, MessagesProcessed - Errors.Count))),
                new XElement("MessagesWithError", Number(Errors.Count)),
                new XElement("MessagesWithWarning", "0")),
            Errors.Select(error => new XElement("Result",
                new XElement("MessageID", error.MessageId),
                new XElement("ResultCode", "Error"),
                new XElement("ResultMessageCode", error.ResultMessageCode),
                new XElement("ResultDescription", error.ResultDescription),
                error.AmazonOrderId is null ? null : new XElement("AdditionalInfo", new XElement("AmazonOrderID", error.AmazonOrderId)))));
        var envelope = new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement("AmazonEnvelope",
                new XElement("Header", new XElement("DocumentVersion", "1.02"), new XElement("MerchantIdentifier", sellerId)),
                new XElement("MessageType", "ProcessingReport"),
                new XElement("Message", new XElement("MessageID", "1"), report)));
        using var writer = new Utf8StringWriter();
        envelope.Save(writer);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Utf8StringWriter : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
