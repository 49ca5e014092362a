using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Fulfillment.SystemTests.CustomerProvisioning.CustomerRequests;

namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>The customers' HTTP read API: by id, and by email without the email in the URL.</summary>
public sealed class CustomerLookupTests : CustomerProvisioningTest
{
    private static HttpClient Http => CustomerProvisioningSystem.Http;

    [Test]
    public async Task Given_a_customer_When_searched_by_its_email_in_other_case_Then_it_is_found()
    {
        var email = NewEmail();
        var created = await ProvisionAsync(BuildAccount(email));

        var found = await SearchAsync(Website, $" {email.ToUpperInvariant()}");

        Assert.That(found?.CustomerId, Is.EqualTo(created.CustomerId));
    }

    [Test]
    public async Task Given_an_email_no_customer_has_When_searched_Then_404_problem_details()
    {
        using var response = await Http.PostAsJsonAsync("api/customers/search", new { websiteCode = Website, email = NewEmail() });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task Given_an_unknown_customer_id_When_read_Then_404_problem_details()
    {
        using var response = await Http.GetAsync("api/customers/999999999");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [TestCase("email")]
    [TestCase("websiteCode")]
    public async Task Given_a_search_without_a_field_When_sent_Then_400_names_the_field(string missing)
    {
        var body = new Dictionary<string, string> { ["websiteCode"] = Website, ["email"] = NewEmail() };
        body.Remove(missing);

        using var response = await Http.PostAsJsonAsync("api/customers/search", body);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(
                problem.GetProperty("errors").EnumerateObject().Select(error => error.Name),
                Is.EqualTo(new[] { char.ToUpperInvariant(missing[0]) + missing[1..] }));
        });
    }
}
