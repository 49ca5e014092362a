using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fulfillment.SystemTests.CommerceSide;

/// <summary>The catalog API: products by SKU, every change an event, bad input a 400 naming the field.</summary>
public sealed class CatalogApiTests
{
    private static CommerceFixture Commerce => CommerceSideSetUp.Fixture;

    [Test]
    public async Task Given_a_new_SKU_When_put_twice_Then_it_is_created_then_updated_and_read_back()
    {
        var sku = $"SKU-{Guid.NewGuid():N}"[..16];

        using var created = await Commerce.CommerceOrder.Http.PutAsJsonAsync(
            $"api/catalog/products/{sku}", new { name = "Blue mug", enabled = true, quantity = 7, manageStock = true });
        using var updated = await Commerce.CommerceOrder.Http.PutAsJsonAsync(
            $"api/catalog/products/{sku}", new { name = "Blue mug", enabled = false, quantity = 3, manageStock = true });
        var product = await Commerce.ProductAsync(sku);

        Assert.Multiple(() =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(product.GetProperty("name").GetString(), Is.EqualTo("Blue mug"));
            Assert.That(product.GetProperty("enabled").GetBoolean(), Is.False);
            Assert.That(product.GetProperty("quantity").GetInt32(), Is.EqualTo(3));
            Assert.That(product.GetProperty("salable").GetInt32(), Is.EqualTo(3));
        });
    }

    [TestCase("quantity", "Quantity")]
    [TestCase("enabled", "Enabled")]
    [TestCase("name", "Name")]
    public async Task Given_a_product_without_a_field_When_put_Then_400_names_the_field_and_nothing_is_recorded(
        string left, string named)
    {
        var sku = $"SKU-{Guid.NewGuid():N}"[..16];
        var body = new Dictionary<string, object> { ["name"] = "Mug", ["enabled"] = true, ["quantity"] = 1, ["manageStock"] = true };
        body.Remove(left);

        using var response = await Commerce.CommerceOrder.Http.PutAsJsonAsync($"api/catalog/products/{sku}", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var read = await Commerce.CommerceOrder.Http.GetAsync($"api/catalog/products/{sku}");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").TryGetProperty(named, out _), Is.True, problem.ToString());
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Given_a_negative_quantity_When_put_Then_400_names_the_quantity()
    {
        using var response = await Commerce.CommerceOrder.Http.PutAsJsonAsync(
            "api/catalog/products/SKU-NEGATIVE", new { name = "Mug", enabled = true, quantity = -1, manageStock = true });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("errors").TryGetProperty("Quantity", out _), Is.True, problem.ToString());
        });
    }
}
