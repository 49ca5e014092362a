using System.Text.Json;
using System.Text.Json.Nodes;
using Fulfillment.SpApiClient;
using Fulfillment.TrackingSync.Confirmations.SendConfirmations;

namespace Fulfillment.TrackingSync.Tests.Confirmations;

/// <summary>The body of <c>confirmShipment</c> as it goes over the wire (ordersV0.json ConfirmShipmentRequest).</summary>
public sealed class ConfirmShipmentRequestTests
{
    private static JsonNode BodyOf(string packageReferenceId)
    {
        var confirmation = Shipments.Given();
        var request = ConfirmShipmentRequests.For(confirmation, confirmation.PackageOf(packageReferenceId)!);
        return JsonNode.Parse(JsonSerializer.Serialize(request, SpApiTransport.Json))!;
    }

    [Test]
    public void Given_a_UPS_package_When_serialized_Then_it_has_Amazons_field_names_and_no_carrier_name()
    {
        var expected = JsonNode.Parse("""
            {
              "marketplaceId": "ATVPDKIKX0DER",
              "packageDetail": {
                "packageReferenceId": "1",
                "carrierCode": "UPS",
                "trackingNumber": "1Z999AA10123456784",
                "shipDate": "2026-11-26T10:00:00Z",
                "orderItems": [{ "orderItemId": "11111111111111", "quantity": 2 }]
              }
            }
            """);

        Assert.That(JsonNode.DeepEquals(BodyOf("1"), expected), Is.True, BodyOf("1").ToJsonString());
    }

    [Test]
    public void Given_a_carrier_Amazon_has_no_code_for_When_serialized_Then_Other_with_the_carriers_name()
    {
        var detail = BodyOf("2")["packageDetail"]!;

        Assert.Multiple(() =>
        {
            Assert.That(detail["carrierCode"]!.GetValue<string>(), Is.EqualTo("Other"));
            Assert.That(detail["carrierName"]!.GetValue<string>(), Is.EqualTo("Parcel Bros"));
        });
    }
}
