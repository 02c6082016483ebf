import { describeArticlePage } from './article-page.suite';

describeArticlePage('postgres');
