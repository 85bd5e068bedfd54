/**
 * Words that open people's names in international news: given names, with the gender they most
 * often tell, and the commonest Chinese, Korean and Japanese names, which may come first ("Wang
 * Qishan"). A capitalised pair whose first word is one of these is evidence of a person ("Dana
 * Pike"); a place, an event or a firm ("Pacific Open", "Grand Hotel", "Coresight Research") needs
 * other evidence (a title, a role, "who", an agreeing pronoun) before a pronoun may point to it.
 * Hand-picked rather than taken from a census list: census lists hold surnames and places too
 * ("Washington", "Israel", "Easter"), the very confusion this list is here to avoid.
 */

const MALE = `
Aaron Abbas Abdel Abdul Abdullah Abdulla Abel Abraham Abu Adam Adnan Adrian Ahmad Ahmed Aidan Ajay Akira Alan
Alastair Albert Alberto Alejandro Aleksandr Aleksei Alex Alexander Alexandre Alexei Alfred Alfredo Ali Alistair
Amir Amit Anand Anders Andre André Andrea Andreas Andrei Andres Andrés Andrew Andrzej Andy Angelo Angus Anthony
Antoine Anton Antonio Anwar Arjun Armando Arnold Arthur Arturo Arun Ashok Ashraf Aziz Barack Barry Bashar Ben
Benedict Benjamin Bernard Bernardo Bernie Bill Billy Bjorn Björn Bob Bobby Boris Brad Bradley Brandon Brendan
Brett Brian Bruce Bruno Bryan Byron Calvin Cameron Carl Carlos Carlo Cesar César Charles Charlie Chris
Christian Christoph Christophe Christopher Chuck Clarence Claude Clayton Clint Cody Colin Conor Connor Craig
Cristian Cyril Dale Damian Damien Dan Daniel Danny Dario Darius Darren Dave David Dean Denis Dennis Derek
Diego Dimitri Dmitry Dmitri Dominic Don Donald Doug Douglas Duncan Dustin Dwayne Dylan Earl Ed Eddie Edgar
Edmund Eduardo Edward Edwin Elias Elijah Elliot Elon Emanuel Emmanuel Emil Emilio Enrique Eric Erik Ernest
Ernesto Esteban Ethan Eugene Evan Fabian Fahad Faisal Farid Farhad Felipe Felix Fernando Filip Finn Francesco
Francis Francisco Franco François Frank Franz Fred Frederick Fredrik Gabriel Gareth Garry Gary Gavin Geoff
Geoffrey George Georg Gerald Gerard Gerhard Giorgio Giovanni Giuseppe Glenn Gordon Graham Grant Greg Gregory
Guillaume Gustavo Guy Hamid Hamza Hank Hans Harold Harry Harvey Hasan Hassan Hector Heinrich Helmut Henry Herbert
Hernan Hossein Howard Hugh Hugo Hussein Iain Ian Ibrahim Igor Imran Isaac Ismail Ivan Jack Jacob Jacques Jake
James Jamie Jan Jared Jason Javad Javier Jay Jean Jeff Jeffrey Jens Jeremy Jerome Jerry Jesse Jesus Jim Jimmy
Joachim Joe Joel Johan Johann Johannes John Johnny Jon Jonas Jonathan Jordi Jorge José Jose Josef Joseph Josh
Joshua Juan Julian Julio Julius Justin Kamal Karim Karl Keith Ken Kenji Kenneth Kevin Khalid Kieran Kim Klaus
Kofi Kumar Kurt Kyle Lance Larry Lars Laurent Lawrence Lee Leo Leon Leonard Leonardo Lewis Liam Lionel Lloyd
Lorenzo Louis Luc Luca Lucas Luis Luiz Luke Lukas Magnus Mahmoud Majid Malcolm Manuel Marc Marcel Marco Marcos
Marcus Mario Mark Markus Martin Marvin Mason Mateo Mathieu Matt Matteo Matthew Matthias Maurice Max Maxim
Maximilian Mehdi Michael Michel Miguel Mike Mikhail Miles Milan Mitch Mitchell Mohamed Mohammad Mohammed Moses
Muhammad Mustafa Nabil Naveed Neil Nelson Nicholas Nick Nicolas Nicola Nigel Nikolai Noah Norman Olaf Oleg
Oliver Omar Oscar Otto Owen Pablo Paolo Pascal Patrick Paul Paulo Pedro Per Pete Peter Phil Philip Philippe
Pierre Piotr Rafael Raheem Rahul Rajesh Ralph Ramon Randy Raúl Raul Ravi Ray Raymond Reza Ricardo Richard
Rick Ricky Rob Robert Roberto Robin Rod Rodrigo Roger Roman Ron Ronald Rory Ross Roy Ruben Rudy Rupert Russell
Ryan Saeed Said Salman Sam Samir Samuel Sandeep Sanjay Scott Seamus Sean Sebastian Sebastián Sergei Sergey
Sergio Seth Shane Shaun Shawn Sheldon Simon Stefan Stephen Steve Steven Stuart Sunil Sven Tariq Ted Terry
Theo Theodore Thomas Tim Timothy Toby Todd Tom Tommy Tony Travis Trevor Tyler Ulrich Umar Victor Vikram Vincent
Vinod Vivek Vladimir Walter Wayne Werner Wilhelm Will William Willie Wolfgang Xavier Yaakov Yannick Yasser
Yitzhak Yosef Youssef Yuri Yusuf Zachary Zach Zaid Zoran
Hori Lotfi Rachid Rached Emmerson Jacob Cyril Uhuru Yoweri Muhammadu Bola Abiy Recep Vladimir Volodymyr
Xi Narendra Rishi Keir Jair Luiz Emmanuel Olaf Benjamin Viktor Mateusz Andrej Petr Jiri Tomas Tomás Janusz
`;

const FEMALE = `
Abigail Ada Adriana Agnes Aisha Alejandra Alexandra Alexis Alice Alicia Alina Alison Allison Alma Amanda Amber
Amelia Amina Amy Ana Anastasia Andrea Angela Angelica Angelina Angie Anita Ann Anna Anne Annette Annie Antonia
Ariana Astrid Aurora Barbara Beatrice Beatriz Becky Belinda Bella Berta Beth Bethany Betty Beverly Bianca
Bonnie Brenda Bridget Brigitte Brittany Brooke Caitlin Camila Camille Carla Carmen Carol Caroline Carolyn
Cassandra Catherine Cathy Cecilia Celia Charlotte Chelsea Cheryl Chloe Christina Christine Cindy Claire Clara
Claudia Colleen Connie Constance Courtney Cristina Cynthia Daisy Daniela Danielle Daphne Dawn Debbie Deborah
Debra Delia Denise Diana Diane Dolores Donna Doris Dorothy Edith Elaine Eleanor Elena Eliza Elizabeth Ella
Ellen Elsa Emilia Emily Emma Erica Erin Esther Eva Eve Evelyn Fatima Fiona Florence Frances Francesca Gabriela
Gabrielle Gail Gemma Georgia Geraldine Gillian Gina Giulia Gloria Grace Greta Gwen Hana Hannah Harriet Heather
Heidi Helen Helena Helene Hilary Hillary Holly Ida Ilse Ines Inés Ingrid Irene Iris Isabel Isabella Isabelle
Jacqueline Jana Jane Janet Janice Jasmine Jean Jeanne Jennifer Jenny Jessica Jill Joan Joanna Joanne Jocelyn
Johanna Josephine Joy Joyce Judith Judy Julia Julie Juliet Juliette June Justine Karen Karin Kate Katharina
Katherine Kathleen Kathryn Kathy Katie Katrin Kay Kelly Kerry Kim Kimberly Kirsten Kristen Kristin Laila Lara
Laura Lauren Layla Leah Leila Lena Lesley Leslie Lila Lillian Lily Linda Lindsay Lindsey Lisa Liz Lois Lorena
Lorraine Louise Lucia Lucy Luisa Lydia Lynn Madeleine Madeline Mae Magdalena Maggie Maria María Mariam Marian
Marie Marina Marion Marisa Marjorie Marta Martha Mary Maryam Maureen Megan Melanie Melinda Melissa Mercedes
Meredith Mia Michaela Michelle Mila Mildred Mira Miranda Miriam Molly Monica Monika Nadia Nadine Nancy Naomi
Natalia Natalie Natasha Nathalie Nicola Nicole Nina Nora Norma Olga Olivia Paige Pamela Patricia Paula
Pauline Peggy Penelope Petra Philippa Phyllis Pia Polly Priscilla Priya Rachel Rebecca Regina Renee Rita
Roberta Rosa Rosalind Rose Rosemary Ruth Sabine Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Silvia
Simone Sofia Sonia Sophia Sophie Stella Stephanie Sue Susan Susanne Suzanne Svetlana Sylvia Tamara Tanya Tara
Teresa Theresa Tina Tracy Ursula Valentina Valerie Vanessa Vera Veronica Victoria Viola Violet Virginia Vivian
Wendy Yasmin Yolanda Yvonne Zainab Zara Zoe Zoë Zuzana
Jacinda Angela Ursula Kamala Nancy Theresa Nicola Giorgia Marine Ségolène Mette Sanna Liz Kemi Priti Nadhim
Ilhan Alexandria Kyrsten Lisa Marjorie Elise Tulsi Oprah Greta Malala Serena Venus Meghan Kate Camilla Ellen
Rishika Sunita Indira Benazir Aung Yulia Yingluck Tsai Margaret Marilyn Audrey Eileen Hazel Gwendolyn Bernice
Loretta Deanna Felicia Katrina Kristina Erika Carole Dianne Marcia Charlene Darlene Jeanette Joann Glenda Irma
Maxine Mabel Vicki Tracey Stacey Tiffany Tammy Lori Wanda Gladys Edna Thelma Ethel Juanita Rhonda Lucille
Michele Bertha Elsie Gertrude Tonya Wilma Arlene Marlene Velma Leona Ramona Hilda Carrie Laurie Terri
`;

const EITHER = `
Alex Ashley Bailey Blair Casey Charlie Dana Drew Eden Elliott Frankie Jamie Jesse Jo Jordan Jules Kai Kelly
Kendall Kerry Kim Lee Leslie Logan Morgan Noel Pat Quinn Reese Riley River Robin Rowan Sage Sam Sasha Shannon
Sidney Skyler Taylor Terry Toni Tracy Val Yuki Chris Andrea Nicola Jean Jan Kris Lou Ray Ricky Sandy Shay
Hiroshi Takeshi Yoshihide Shinzo Fumio Kenta Haruki Yuko Yumiko Keiko Naoko Seo Hyun Jae Jin Sung
`;

/**
 * Family names that come first in Chinese and Korean names as English-language news prints them
 * ("Wang Qishan", "Moon Jae-in"), so that "Wang said" is Wang Qishan, not someone new.
 */
const FAMILY_NAMES_FIRST = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Ma Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao
Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Xi Hua Bo Kim Lee Park
Choi Jung Kang Cho Yoon Jang Lim Moon Shin Yoo Ahn Hwang`.split(/\s+/),
);

/** Whether a word is a family name that comes first ("Wang" of "Wang Qishan"). */
export const isFamilyNameFirst = (word: string) => FAMILY_NAMES_FIRST.has(word);

const genders = new Map<string, "m" | "f" | "u">();
for (const [list, gender] of [
  [MALE, "m"],
  [FEMALE, "f"],
  [EITHER, "u"],
] as const)
  for (const name of list.split(/\s+/)) {
    if (!name) continue;
    const known = genders.get(name);
    genders.set(name, known && known !== gender ? "u" : gender);
  }

/** Whether a word opens a person's name, and the gender it most often tells ("u": either or none). */
export function givenName(word: string): "m" | "f" | "u" | undefined {
  return genders.get(word) ?? (FAMILY_NAMES_FIRST.has(word) ? "u" : undefined);
}
