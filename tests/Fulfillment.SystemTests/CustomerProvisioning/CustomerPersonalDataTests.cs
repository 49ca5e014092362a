using static Fulfillment.SystemTests.CustomerProvisioning.CustomerRequests;

namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>SPEC §11: the buyer's email stays out of the customer's history, so that it can be erased.</summary>
public sealed class CustomerPersonalDataTests : CustomerProvisioningTest
{
    [Test]
    public async Task Given_a_customer_created_and_reused_When_its_history_is_read_Then_the_email_is_in_no_event_header_or_stream_key()
    {
        var email = NewEmail("erasable.buyer");
        var localPart = email.Split('@')[0];
        var created = await ProvisionAsync(BuildAccount(email, "Erasable Buyer"));
        await ProvisionAsync(BuildAccount(email.ToUpperInvariant(), shipTo: Home with { AddressLine1 = "2 Side St" }));

        var events = await CountAsync($"select count(*) from customer_provisioning.mt_events where data::text like '%\"{created.CustomerId}\"%'");
        var withEmail = await CountAsync(
            $"select count(*) from customer_provisioning.mt_events where data::text ilike '%{localPart}%' " +
            $"or coalesce(headers::text, '') ilike '%{localPart}%' or stream_id ilike '%{localPart}%'");
        var streamsWithEmail = await CountAsync(
            $"select count(*) from customer_provisioning.mt_streams where id ilike '%{localPart}%'");
        var withName = await CountAsync("select count(*) from customer_provisioning.mt_events where data::text ilike '%Erasable%'");
        var withStreet = await CountAsync("select count(*) from customer_provisioning.mt_events where data::text ilike '%Side St%'");
        var customer = await GetAsync(created.CustomerId!);
        Assert.Multiple(() =>
        {
            Assert.That(events, Is.EqualTo(4), "created, address added, reused, another address added");
            Assert.That(withEmail, Is.Zero);
            Assert.That(streamsWithEmail, Is.Zero);
            Assert.That(withName, Is.Zero);
            Assert.That(withStreet, Is.Zero);
            Assert.That(customer!.Email, Is.EqualTo(email), "the email is kept beside the history");
        });
    }

    private static Task<long> CountAsync(string sql) => CustomerProvisioningSystem.Database.ScalarAsync<long>(sql);
}
