using Fulfillment.SystemTests.Infrastructure;
using static Fulfillment.SystemTests.CustomerProvisioning.CustomerRequests;

namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>A request that cannot be provisioned is not retried: it waits in the error queue with its reason.</summary>
public sealed class InvalidProvisionCustomerTests : CustomerProvisioningTest
{
    [Test]
    public async Task Given_an_unknown_customer_creation_mode_When_consumed_Then_it_lands_in_the_error_queue_with_the_reason()
    {
        var request = BuildAccount(NewEmail()) with { CustomerCreation = "SometimesMaybe" };

        await CustomerProvisioningSystem.Bus.Publish(request);

        var fault = await Eventually.GetAsync(
            () => ErrorQueue.TakeFaultAsync(
                CustomerProvisioningSystem.Running.VirtualHost.Name, CustomerProvisioningSystem.ConsumerQueue + "_error"),
            TimeSpan.FromSeconds(30), "the request in the error queue");
        Assert.Multiple(() =>
        {
            Assert.That(fault.Body, Does.Contain(request.AmazonOrderId));
            Assert.That(fault.ExceptionType, Is.EqualTo("FluentValidation.ValidationException"));
            Assert.That(fault.Reason, Does.Contain("CustomerCreation").And.Contain("'Guest' or 'BuildNewCustomerAccount'"));
            Assert.That(CustomerProvisioningSystem.Answers.For(request.AmazonOrderId), Is.Empty, "no answer");
        });
    }
}
