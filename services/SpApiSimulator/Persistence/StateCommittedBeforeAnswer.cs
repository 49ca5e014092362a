namespace Fulfillment.SpApiSimulator.Persistence;

/// <summary>
/// A request that may change Amazon's side (every method but GET and HEAD) is answered only once its changes are in
/// the database: a confirmation or feed Amazon accepted, or an order a test placed, is never lost to a restart.
/// Changes of concurrent requests share one commit (see <see cref="SimulatorStateWriter"/>).
/// </summary>
public static class StateCommittedBeforeAnswer
{
    public static WebApplication UseStateCommittedBeforeAnswer(this WebApplication app)
    {
        var state = app.Services.GetRequiredService<SimulatorStateWriter>();
        app.Use((http, next) =>
        {
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            {
                http.Response.OnStarting(state.CommittedAsync);
            }

            return next(http);
        });
        return app;
    }
}
