using static Fulfillment.SystemTests.CustomerProvisioning.CustomerRequests;

namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>Two orders of one new buyer arriving at the same moment make one customer, not two (issue 4).</summary>
public sealed class SameBuyerAtOnceTests : CustomerProvisioningTest
{
    [Test]
    public async Task Given_two_orders_of_a_new_buyer_published_at_the_same_moment_When_provisioned_Then_both_get_one_customer()
    {
        // Several buyers at once, so that the service handles the two orders of each buyer concurrently.
        var buyers = Enumerable.Range(0, 5).Select(_ => NewEmail()).ToList();
        var orders = buyers.SelectMany(email => new[] { BuildAccount(email), BuildAccount(email.ToUpperInvariant()) }).ToList();

        await Task.WhenAll(orders.Select(order => CustomerProvisioningSystem.Bus.Publish(order)));

        foreach (var (email, index) in buyers.Select((email, index) => (email, index)))
        {
            var (first, second) = (orders[2 * index], orders[2 * index + 1]);
            var answers = new[]
            {
                await CustomerProvisioningSystem.Answers.FirstAsync(first.AmazonOrderId),
                await CustomerProvisioningSystem.Answers.FirstAsync(second.AmazonOrderId),
            };
            var customer = await SearchAsync(Website, email);
            Assert.Multiple(() =>
            {
                Assert.That(answers[1].CustomerId, Is.EqualTo(answers[0].CustomerId), email);
                Assert.That(answers.Count(answer => answer.CustomerCreated), Is.EqualTo(1), "one of them created it");
                Assert.That(customer?.CustomerId, Is.EqualTo(answers[0].CustomerId));
                Assert.That(customer?.AmazonOrderIds, Is.EquivalentTo(new[] { first.AmazonOrderId, second.AmazonOrderId }));
                Assert.That(customer?.Addresses, Is.EqualTo(new[] { Home }));
            });
        }

        var ofTheseOrders = string.Join(" or ", orders.Select(order => $"data::text like '%{order.AmazonOrderId}%'"));
        var customers = await CustomerProvisioningSystem.Database.ScalarAsync<long>(
            $"select count(*) from customer_provisioning.mt_events where type = 'customer_created' and ({ofTheseOrders})");
        // Ids taken by a creation that lost the race are not reused: more ids than customers shows a race happened.
        var idsTaken = await CustomerProvisioningSystem.Database.ScalarAsync<long>(
            "select count(*) from customer_provisioning.mt_events where type = 'customer_created'");
        var lastId = await CustomerProvisioningSystem.Database.ScalarAsync<long>(
            "select last_value from customer_provisioning.customer_ids");
        TestContext.Out.WriteLine($"{lastId} customer ids taken for {idsTaken} customers");
        Assert.That(customers, Is.EqualTo(buyers.Count), "one CustomerCreated per buyer");
    }
}
