using LlmWatch.Functions.Composition;

return await FunctionHost.ForProcess(AllHandlers.Catalog()).RunAsync(CancellationToken.None);
