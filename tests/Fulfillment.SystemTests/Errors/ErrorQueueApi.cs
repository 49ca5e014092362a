using Fulfillment.SystemTests.Infrastructure.Identity;
using System.Net.Http.Json;
using System.Text.Json;
using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Errors;

public sealed record FailedMessageResponse(
    string Queue,
    string InputQueue,
    string? MessageId,
    string? MessageType,
    string? AmazonOrderId,
    string? Reason,
    string? ExceptionType,
    DateTimeOffset? FailedAt,
    JsonElement Body);

public sealed record FailedMessagesResponse(IReadOnlyList<FailedMessageResponse> Messages, bool Truncated);

public sealed record RedriveOutcomeResponse(string Queue, string InputQueue, IReadOnlyList<string> Redriven, IReadOnlyList<string> NotFound);

/// <summary>A service's <c>/admin/errors</c> as an operator (or, when told, a viewer or nobody: null) calls it.</summary>
public sealed class ErrorQueueApi(HttpClient service, string? person = TestPeople.Operator)
{
    public async Task<IReadOnlyList<FailedMessageResponse>> ListAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, "admin/errors");
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<FailedMessagesResponse>())!.Messages;
    }

    /// <summary>Waits until the service lists a failed message about <paramref name="amazonOrderId"/>.</summary>
    public Task<FailedMessageResponse> WhenListedAsync(string amazonOrderId) =>
        Eventually.GetAsync(
            async () => (await ListAsync()).FirstOrDefault(message => message.AmazonOrderId == amazonOrderId),
            TimeSpan.FromSeconds(30), $"a failed message about {amazonOrderId} in GET /admin/errors");

    public Task<HttpResponseMessage> RedriveAsync(string queue, params string[] messageIds) =>
        SendAsync(HttpMethod.Post, $"admin/errors/{queue}/redrive",
            messageIds.Length == 0 ? null : JsonContent.Create(new { messageIds }));

    public Task<HttpResponseMessage> DiscardAsync(string queue, string messageId) =>
        SendAsync(HttpMethod.Delete, $"admin/errors/{queue}/{messageId}");

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null) =>
        service.SendAsAsync(new HttpRequestMessage(method, path) { Content = content }, person);
}
