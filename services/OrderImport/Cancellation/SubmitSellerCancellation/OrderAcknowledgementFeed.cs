using System.Text;
using System.Xml.Linq;

namespace Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;

/// <summary>
/// The <c>POST_ORDER_ACKNOWLEDGEMENT_DATA</c> document that cancels an order, in the shape of Amazon's
/// amzn-envelope.xsd and OrderAcknowledgement.xsd: <c>StatusCode</c> <c>Failure</c>, and every item with its
/// <c>AmazonOrderItemCode</c> and the <c>CancelReason</c>.
/// </summary>
public static class OrderAcknowledgementFeed
{
    public const string FeedType = "POST_ORDER_ACKNOWLEDGEMENT_DATA";
    public const string ContentType = "text/xml; charset=UTF-8";

    public static byte[] Cancel(string sellerId, string amazonOrderId, IEnumerable<string> orderItemIds, string reasonCode)
    {
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var document = new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement("AmazonEnvelope",
                new XAttribute(XNamespace.Xmlns + "xsi", xsi),
                new XAttribute(xsi + "noNamespaceSchemaLocation", "amzn-envelope.xsd"),
                new XElement("Header",
                    new XElement("DocumentVersion", "1.01"),
                    new XElement("MerchantIdentifier", sellerId)),
                new XElement("MessageType", "OrderAcknowledgement"),
                new XElement("Message",
                    new XElement("MessageID", "1"),
                    new XElement("OrderAcknowledgement",
                        new XElement("AmazonOrderID", amazonOrderId),
                        new XElement("StatusCode", "Failure"),
                        orderItemIds.Select(itemId => new XElement("Item",
                            new XElement("AmazonOrderItemCode", itemId),
                            new XElement("CancelReason", reasonCode)))))));
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
