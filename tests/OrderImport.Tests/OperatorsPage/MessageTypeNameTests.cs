using Fulfillment.OrderImport.OperatorsPage.Errors;

namespace Fulfillment.OrderImport.Tests.OperatorsPage;

/// <summary>The Errors page names a failed message's type as operators know the contract.</summary>
public sealed class MessageTypeNameTests
{
    [TestCase("urn:message:Fulfillment.Contracts.CommerceOrders:CommerceOrderPlaced", "CommerceOrderPlaced")]
    [TestCase("urn:message:Fulfillment.Contracts.AmazonOrders:OrderUnshipped", "OrderUnshipped")]
    [TestCase("OrderUnshipped", "OrderUnshipped")]
    [TestCase("urn:message:", "urn:message:")]
    [TestCase(null, "unknown")]
    [TestCase("  ", "unknown")]
    public void Given_a_message_type_When_named_for_the_page_Then_the_contract_name(string? messageType, string expected) =>
        Assert.That(MessageTypeName.Short(messageType), Is.EqualTo(expected));
}
