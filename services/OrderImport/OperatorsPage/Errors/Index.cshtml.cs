using System.Text.Json;
using Fulfillment.OrderImport.OperatorsPage.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfillment.OrderImport.OperatorsPage.Errors;

/// <summary>
/// O4 on the operators' page: the messages waiting in every service's error queues with their reason, re-driven or
/// discarded through the owning service's <c>/admin/errors</c>, and the Amazon errors of OrderImport and TrackingSync.
/// </summary>
public sealed class ErrorsModel(ServiceErrors errors, OwningServices services) : PageModel
{
    public ErrorsOverview Overview { get; private set; } = new([], [], [], []);

    public ServiceAnswer? Answer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Answer = ServiceAnswer.Take(TempData);
        Overview = await errors.ReadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRedriveAsync(
        [FromForm] string service, [FromForm] string queue, [FromForm] string messageId, CancellationToken cancellationToken)
    {
        var action = $"Re-drive message {messageId} from {queue}";
        if (!ServiceErrors.WithErrorQueues.Contains(service))
        {
            return Unknown(service, action);
        }

        var (answer, outcome) = await services.SendReadingAsync(
            service, action, HttpMethod.Post, $"admin/errors/{Uri.EscapeDataString(queue)}/redrive",
            new { messageIds = new[] { messageId } }, cancellationToken);
        // The service answers 200 with the ids it no longer held (re-driven or discarded meanwhile by someone else).
        if (answer.Succeeded && NamesAsNotFound(outcome, messageId))
        {
            answer = answer with { Succeeded = false, Summary = $"{action}: {service} no longer holds it (re-driven or discarded meanwhile)." };
        }

        answer.Keep(TempData);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDiscardAsync(
        [FromForm] string service, [FromForm] string queue, [FromForm] string messageId, CancellationToken cancellationToken)
    {
        var action = $"Discard message {messageId} from {queue}";
        if (!ServiceErrors.WithErrorQueues.Contains(service))
        {
            return Unknown(service, action);
        }

        var answer = await services.SendAsync(
            service, action, HttpMethod.Delete,
            $"admin/errors/{Uri.EscapeDataString(queue)}/{Uri.EscapeDataString(messageId)}", null, cancellationToken);
        answer.Keep(TempData);
        return RedirectToPage();
    }

    private RedirectToPageResult Unknown(string service, string action)
    {
        new ServiceAnswer(service, false, null, $"{action}: '{service}' is not one of the services.", []).Keep(TempData);
        return RedirectToPage();
    }

    private static bool NamesAsNotFound(JsonElement? outcome, string messageId) =>
        outcome is { ValueKind: JsonValueKind.Object } body
        && body.TryGetProperty("notFound", out var notFound)
        && notFound.ValueKind == JsonValueKind.Array
        && notFound.EnumerateArray().Any(id => id.GetString() == messageId);
}
