using System.Text;
using System.Xml.Linq;
using Fulfillment.OrderImport.Cancellation.SubmitSellerCancellation;

namespace Fulfillment.OrderImport.Tests.Cancellation;

public sealed class OrderAcknowledgementFeedTests
{
    [Test]
    public void Given_an_order_of_two_items_When_its_cancel_document_is_built_Then_it_is_Amazon_order_acknowledgement_with_Failure_and_a_reason_per_item()
    {
        var xml = OrderAcknowledgementFeed.Cancel("A2SELLER", "111-2223334-4445556", ["11111111111111", "22222222222222"], "NoInventory");

        var envelope = XDocument.Parse(Encoding.UTF8.GetString(xml)).Root!;
        var acknowledgement = envelope.Element("Message")!.Element("OrderAcknowledgement")!;
        Assert.Multiple(() =>
        {
            Assert.That(envelope.Name.LocalName, Is.EqualTo("AmazonEnvelope"));
            Assert.That(envelope.Element("Header")!.Element("MerchantIdentifier")!.Value, Is.EqualTo("A2SELLER"));
            Assert.That(envelope.Element("MessageType")!.Value, Is.EqualTo("OrderAcknowledgement"));
            Assert.That(envelope.Element("Message")!.Element("MessageID")!.Value, Is.EqualTo("1"));
            Assert.That(acknowledgement.Element("AmazonOrderID")!.Value, Is.EqualTo("111-2223334-4445556"));
            Assert.That(acknowledgement.Element("StatusCode")!.Value, Is.EqualTo("Failure"));
            Assert.That(
                acknowledgement.Elements("Item").Select(item => (item.Element("AmazonOrderItemCode")!.Value, item.Element("CancelReason")!.Value)),
                Is.EqualTo(new[] { ("11111111111111", "NoInventory"), ("22222222222222", "NoInventory") }));
            // The XSD's sequence: AmazonOrderID, StatusCode, then the items.
            Assert.That(acknowledgement.Elements().Select(element => element.Name.LocalName),
                Is.EqualTo(new[] { "AmazonOrderID", "StatusCode", "Item", "Item" }));
        });
    }

    [Test]
    public void Given_a_report_with_an_error_When_read_Then_its_description_is_Amazon_message()
    {
        const string report = """
            <?xml version="1.0" encoding="UTF-8"?>
            <AmazonEnvelope><Header><DocumentVersion>1.02</DocumentVersion><MerchantIdentifier>A2SELLER</MerchantIdentifier></Header>
            <MessageType>ProcessingReport</MessageType><Message><MessageID>1</MessageID><ProcessingReport>
            <DocumentTransactionID>50000000001</DocumentTransactionID><StatusCode>Complete</StatusCode>
            <ProcessingSummary><MessagesProcessed>1</MessagesProcessed><MessagesSuccessful>0</MessagesSuccessful><MessagesWithError>1</MessagesWithError><MessagesWithWarning>0</MessagesWithWarning></ProcessingSummary>
            <Result><MessageID>1</MessageID><ResultCode>Error</ResultCode><ResultMessageCode>18029</ResultMessageCode><ResultDescription>Order 1 is Shipped.</ResultDescription></Result>
            <Result><MessageID>1</MessageID><ResultCode>Warning</ResultCode><ResultMessageCode>1</ResultMessageCode><ResultDescription>Just so you know.</ResultDescription></Result>
            </ProcessingReport></Message></AmazonEnvelope>
            """;

        Assert.That(FeedProcessingReport.Read(Encoding.UTF8.GetBytes(report)).Errors, Is.EqualTo(new[] { "Order 1 is Shipped." }));
    }

    [Test]
    public void Given_a_report_without_errors_When_read_Then_there_are_none() =>
        Assert.That(
            FeedProcessingReport.Read(Encoding.UTF8.GetBytes(
                "<AmazonEnvelope><Message><ProcessingReport><StatusCode>Complete</StatusCode></ProcessingReport></Message></AmazonEnvelope>")).Errors,
            Is.Empty);

    [Test]
    public void Given_a_report_that_cannot_be_read_When_read_Then_it_counts_as_an_error() =>
        Assert.That(FeedProcessingReport.Read(Encoding.UTF8.GetBytes("{ not xml")).Errors, Has.Exactly(1).Items);
}
