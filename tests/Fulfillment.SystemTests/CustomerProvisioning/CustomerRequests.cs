using System.Net;
using System.Net.Http.Json;
using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.Contracts.Customers;
using Fulfillment.SystemTests.FirstSlice;

namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>What the tests send to CustomerProvisioning, over the bus and over HTTP, and how they read its answers.</summary>
public static class CustomerRequests
{
    public const string Website = "base";

    public static readonly PostalAddress Home =
        new("Jane Doe", null, "1 Main St", null, null, "Seattle", "WA", "98101", "US", "555-0100");

    /// <summary>An email no other test uses, so that each test starts with a buyer no customer has.</summary>
    public static string NewEmail(string name = "jane.doe") => $"{name}.{Guid.NewGuid():N}@example.com";

    public static ProvisionCustomer BuildAccount(
        string? email, string? buyerName = "Jane Doe", string website = Website, PostalAddress? shipTo = null,
        string? amazonOrderId = null) => new(
        amazonOrderId ?? AmazonOrderRequests.NewAmazonOrderId(), "store-us", website, "BuildNewCustomerAccount",
        buyerName, email, shipTo ?? Home, SettingsVersion: 1);

    public static ProvisionCustomer Guest(string? email, string? buyerName = "Jane Doe") =>
        BuildAccount(email, buyerName) with { CustomerCreation = "Guest" };

    public static async Task<CustomerProvisioned> ProvisionAsync(ProvisionCustomer request)
    {
        await CustomerProvisioningSystem.Bus.Publish(request);
        return await CustomerProvisioningSystem.Answers.FirstAsync(request.AmazonOrderId);
    }

    public static async Task<CustomerResponse?> GetAsync(string customerId)
    {
        using var response = await CustomerProvisioningSystem.Http.GetAsync($"api/customers/{customerId}");
        return await ReadCustomerAsync(response);
    }

    /// <param name="http">The service to ask, when it is not this folder's.</param>
    public static async Task<CustomerResponse?> SearchAsync(string websiteCode, string email, HttpClient? http = null)
    {
        using var response = await (http ?? CustomerProvisioningSystem.Http).PostAsJsonAsync(
            "api/customers/search", new { websiteCode, email });
        return await ReadCustomerAsync(response);
    }

    private static async Task<CustomerResponse?> ReadCustomerAsync(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<CustomerResponse>();
    }
}

public sealed record CustomerResponse(
    string CustomerId,
    string WebsiteCode,
    string? Email,
    string? FirstName,
    string? LastName,
    IReadOnlyList<PostalAddress> Addresses,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> AmazonOrderIds);
