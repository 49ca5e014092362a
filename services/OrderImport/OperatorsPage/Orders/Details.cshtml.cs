using System.Globalization;
using System.Text.Json;
using Fulfillment.OrderImport.OperatorsPage.Services;
using Fulfillment.OrderImport.OperatorsPage.Timeline;
using Fulfillment.OrderImport.OrdersView.GetOrderDetails;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfillment.OrderImport.OperatorsPage.Orders;

/// <summary>
/// One order (O2) with the Commerce order and the timeline from every service, and the operator's actions on it
/// (O5). Each action is posted here and passed to the service that owns it; its answer is shown above the order.
/// </summary>
public sealed class DetailsModel(IQuerySession session, OwningServices services, OrderTimeline timeline) : PageModel
{
    /// <summary>Amazon's reason codes for a seller's cancellation (SPEC O5).</summary>
    public static IReadOnlyList<string> CancelReasonCodes { get; } =
    [
        "NoInventory", "ShippingAddressUndeliverable", "CustomerExchange", "BuyerCanceled", "GeneralAdjustment",
        "CarrierCreditDecision", "RiskAssessmentInformationNotValid", "CarrierCoverageFailure", "CustomerReturn",
        "MerchandiseNotReceived",
    ];

    /// <summary>The carriers CommerceOrder knows tracking number formats of; any other is sent as "custom".</summary>
    public static IReadOnlyList<(string Code, string Title)> Carriers { get; } =
        [("ups", "UPS"), ("fedex", "FedEx"), ("usps", "USPS"), ("dhl", "DHL"), ("custom", "Other")];

    [FromRoute]
    public string AmazonOrderId { get; set; } = "";

    public OrderDetails? Order { get; private set; }

    public JsonElement? CommerceOrder { get; private set; }

    public ServiceAnswer? CommerceOrderProblem { get; private set; }

    public JsonElement? CommerceProcess { get; private set; }

    public OrderTimeline.Result Timeline { get; private set; } = new([], []);

    public ServiceAnswer? Answer { get; private set; }

    public bool IsBlocked => CommerceProcess is { } process
        && process.TryGetProperty("stage", out var stage) && stage.GetString() == "Blocked";

    public string? CommerceOrderNumber => CommerceOrder is { } order && order.TryGetProperty("increment_id", out var number)
        ? number.GetString()
        : Order?.CommerceOrderNumber;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Answer = ServiceAnswer.Take(TempData);
        return ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostShipAsync(
        [FromForm(Name = "carrier_code")] string? carrierCode, [FromForm(Name = "track_number")] string? trackNumber,
        CancellationToken cancellationToken)
    {
        var number = Request.Form["commerce_order_number"].ToString();
        var items = Request.Form.Keys
            .Where(key => key.StartsWith("qty_", StringComparison.Ordinal))
            .Select(key => (ItemId: key["qty_".Length..], Quantity: int.TryParse(Request.Form[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var qty) ? qty : 0))
            .Where(item => item.Quantity > 0)
            .Select(item => new { order_item_id = item.ItemId, qty = item.Quantity })
            .ToList();
        var title = Carriers.FirstOrDefault(carrier => carrier.Code == carrierCode).Title ?? carrierCode;
        Answer = await services.SendAsync(
            OwningServices.CommerceOrder, $"Ship Commerce order {number}", HttpMethod.Post,
            $"api/commerce/orders/{Uri.EscapeDataString(number)}/ship",
            new { items, tracks = new[] { new { track_number = trackNumber, title, carrier_code = carrierCode } } },
            cancellationToken);
        return ShowAnswer();
    }

    public async Task<IActionResult> OnPostRetryBlockedAsync(CancellationToken cancellationToken)
    {
        Answer = await services.SendAsync(
            OwningServices.CommerceOrder, "Retry the blocked order", HttpMethod.Post,
            $"api/commerce/order-processes/{Uri.EscapeDataString(AmazonOrderId)}/retry", null, cancellationToken);
        return ShowAnswer();
    }

    public async Task<IActionResult> OnPostRetryConfirmationAsync([FromForm] string shipmentId, CancellationToken cancellationToken)
    {
        Answer = await services.SendAsync(
            OwningServices.TrackingSync, $"Retry the confirmation of shipment {shipmentId}", HttpMethod.Post,
            $"api/tracking/confirmations/{Uri.EscapeDataString(AmazonOrderId)}/{Uri.EscapeDataString(shipmentId)}/retry", null, cancellationToken);
        return ShowAnswer();
    }

    public async Task<IActionResult> OnPostCancelAsync([FromForm] string? reasonCode, CancellationToken cancellationToken)
    {
        Answer = await services.SendAsync(
            OwningServices.OrderImport, $"Cancel with reason {reasonCode}", HttpMethod.Post,
            $"api/orders/{Uri.EscapeDataString(AmazonOrderId)}/cancel", new { reasonCode }, cancellationToken);
        return ShowAnswer();
    }

    /// <summary>Post/redirect/get: the answer is shown once, and reloading the page does not repeat the action.</summary>
    private RedirectToPageResult ShowAnswer()
    {
        Answer!.Keep(TempData);
        return RedirectToPage(new { amazonOrderId = AmazonOrderId });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Order = await OrderDetailsReader.ReadAsync(session, AmazonOrderId, cancellationToken);
        if (Order is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var escaped = Uri.EscapeDataString(AmazonOrderId);
        var commerceOrderRead = services.GetAsync(
            OwningServices.CommerceOrder, $"api/commerce/orders?amazon_order_id={escaped}", cancellationToken);
        var processRead = services.GetAsync(
            OwningServices.CommerceOrder, $"api/commerce/order-processes/{escaped}", cancellationToken);
        var timelineRead = timeline.ReadAsync(Order, cancellationToken);
        (CommerceOrder, CommerceOrderProblem) = await commerceOrderRead;
        (CommerceProcess, _) = await processRead;
        Timeline = await timelineRead;
        return Page();
    }
}
